/// The methods section of the HTML report: each figure's formula, the attacker it assumes and
/// its source, so that a reader can check the numbers by hand.
enum HTMLMethods {
  static let section = """
    <section class="methods" id="methods">
    <h2>Methods</h2>
    <p>The records of a file are grouped into <em>equivalence classes</em>: records that share the
    same values of the quasi-identifiers (the columns an outsider could know). With n records in
    u classes of sizes f<sub>1</sub> … f<sub>u</sub> (so f<sub>1</sub> + … + f<sub>u</sub> = n):</p>
    <dl>
    <dt>k (k-anonymity)</dt>
    <dd><span class="formula">k = min f<sub>j</sub></span>. Every record shares its values with at least
    k − 1 others. Sweeney (2002).</dd>
    <dt>sample uniques</dt>
    <dd><span class="formula">#{ records with f = 1 } / n</span>. A unique record is found by anyone who knows
    the person's quasi-identifier values.</dd>
    <dt>records in classes &lt; m</dt>
    <dd><span class="formula">Σ<sub>f<sub>j</sub> &lt; m</sub> f<sub>j</sub> / n</span>: the records that fail
    m-anonymity, for m = 2, 3, 5, 10, 11, 20.</dd>
    <dt>record risk (prosecutor model)</dt>
    <dd><span class="formula">risk = 1 / f</span> for a record in a class of size f: the chance that an attacker
    who knows the person is in the file, and their quasi-identifier values, picks their record.
    El Emam, <i>Guide to the De-identification of Personal Health Information</i> (2013).</dd>
    <dt>highest risk (r<sub>B</sub>) and lowest risk (r<sub>M</sub>)</dt>
    <dd><span class="formula">r<sub>B</sub> = 1 / k</span>, <span class="formula">r<sub>M</sub> = 1 / max f<sub>j</sub></span>.</dd>
    <dt>average risk per record (r<sub>C</sub>)</dt>
    <dd><span class="formula">r<sub>C</sub> = (1/n) Σ<sub>records</sub> 1/f = u / n</span>: the expected share of
    records an attacker re-identifies when trying them all (ARX's "success rate"; an average
    over classes, as pycanon reports, is a different number).</dd>
    <dt>records at risk (r<sub>A</sub>)</dt>
    <dd><span class="formula">r<sub>A</sub> = Σ<sub>1/f<sub>j</sub> &gt; τ</sub> f<sub>j</sub> / n</span>: the share of records
    whose risk is strictly above the threshold τ (0.2 by default: classes smaller than 5).</dd>
    <dt>flagged records</dt>
    <dd>Records in classes smaller than the chosen k, each with its reason: unique, or one of f
    records sharing the quasi-identifiers.</dd>
    <dt>bounds</dt>
    <dd>A bound compares one figure with the policy's limit: <code>min_k</code> (k ≥ limit),
    <code>max_risk</code> (r<sub>B</sub> ≤ limit), <code>max_records_at_risk</code> (r<sub>A</sub> ≤ limit),
    <code>max_uniques</code> (sample uniques ≤ limit). A file passes when every bound holds.</dd>
    </dl>
    <p>Values are compared as exact bytes: no trimming, case folding or Unicode normalisation. A
    missing value (an empty cell or a token given as missing) is either a value of its own or a
    reason to leave the record out, as the rule says. Definitions and worked examples:
    <code>docs/</code> in the reidrisk repository.</p>
    </section>

    """
}
