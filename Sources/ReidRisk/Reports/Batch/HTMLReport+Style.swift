/// The inline style sheet of the HTML report: system fonts only, readable on screen and in
/// print, colours that say pass (green), fail (red) and neutral (grey).
extension HTMLReport {
  static let styleSheet = """
    :root { --ink: #1f2328; --muted: #656d76; --line: #d0d7de; --bad: #cf222e; --ok: #3b6fb6;
      --pass: #1a7f37; --paper: #ffffff; --band: #f6f8fa; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 1180px; padding: 24px 32px 48px; color: var(--ink);
      background: var(--paper); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto,
      "Helvetica Neue", Arial, sans-serif; }
    h1 { font-size: 28px; margin: 0 0 4px; }
    h2 { font-size: 21px; margin: 36px 0 8px; padding-top: 12px; border-top: 2px solid var(--line); }
    h3 { font-size: 17px; margin: 18px 0 6px; }
    h4 { font-size: 15px; margin: 18px 0 6px; }
    .meta, .muted { color: var(--muted); }
    code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      background: var(--band); padding: 1px 4px; border-radius: 4px; }
    table { border-collapse: collapse; margin: 6px 0 12px; width: 100%; }
    th, td { text-align: left; padding: 5px 10px; border-bottom: 1px solid var(--line);
      vertical-align: top; }
    th { background: var(--band); font-weight: 600; }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    table.figures td:first-child { white-space: nowrap; font-weight: 500; }
    table.figures td:last-child { color: var(--muted); }
    .badge { display: inline-block; padding: 1px 9px; border-radius: 10px; font-size: 12px;
      font-weight: 600; color: #fff; vertical-align: middle; }
    .badge.pass { background: var(--pass); }
    .badge.fail { background: var(--bad); }
    .badge.none { background: var(--muted); }
    .charts { display: flex; flex-wrap: wrap; gap: 16px; }
    figure { margin: 8px 0; flex: 1 1 540px; }
    figcaption { color: var(--muted); font-size: 13px; max-width: 560px; }
    svg.chart { max-width: 100%; height: auto; background: var(--paper); }
    svg .bad { fill: var(--bad); }
    svg .ok { fill: var(--ok); }
    svg .grid { stroke: var(--line); stroke-width: 1; }
    svg .axis { stroke: var(--ink); stroke-width: 1; }
    svg text { font: 11px system-ui, sans-serif; fill: var(--muted); }
    svg text.value { fill: var(--ink); }
    svg text.label { font-size: 12px; fill: var(--ink); }
    .error { color: var(--bad); font-weight: 500; }
    .warning { color: #9a6700; }
    .methods dt { font-weight: 600; margin-top: 10px; }
    .methods dd { margin: 2px 0 0 18px; }
    .formula { font: 14px ui-monospace, Menlo, Consolas, monospace; }
    footer { margin-top: 40px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line);
      padding-top: 10px; }
    .provenance { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px;
      margin: 8px 0; font-size: 14px; }
    .provenance dt { color: var(--muted); }
    .provenance dd { margin: 0; }
    table.inputs { font-size: 13px; }
    code.digest { font-size: 11px; word-break: break-all; }
    /* A4 and Letter alike: 15 mm margins fit both; the summary follows the header on the first
       page, each file starts a new page, nothing forces an empty first page. */
    @page { size: auto; margin: 15mm; }
    @page :first { margin-top: 12mm; }
    @media print { body { max-width: none; padding: 0; font-size: 11pt; }
      section.file { break-before: page; } #summary, header { break-before: avoid; }
      h2 { border-top: none; } figure, tr, .rule h3 { break-inside: avoid; }
      .charts { display: block; } svg.chart { width: 100%; }
      a { color: inherit; text-decoration: none; } }
    """
}
