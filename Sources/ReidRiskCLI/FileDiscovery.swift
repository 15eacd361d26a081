import Foundation

/// Turns the paths given on the command line into the files to read: a file as given
/// (whatever its name, a link or a FIFO included: the user named it), a folder as the `.csv`
/// and `.csv.gz` files in it, and with `recursive` in its subfolders too (hidden folders such
/// as `.git` skipped). Files of a folder come in name order, so runs are repeatable.
///
/// A walk never follows a symbolic link, so it can neither leave the tree nor come back into
/// it (a link cycle ends, a file reached through a link is not listed twice); it lists regular
/// files only, once each however many hard links reach them (device and inode tracked), and
/// skips FIFOs, devices and sockets, whose reading could block for ever. A skipped link or
/// special file with a data file's name gets a note on standard error.
enum FileDiscovery {
  static let extensions = [".csv", ".csv.gz"]

  static func files(from paths: [String], recursive: Bool) throws(ReportedError) -> [String] {
    var files: [String] = []
    for path in paths {
      var status = stat()
      guard path == "-" || stat(path, &status) == 0 else {
        throw ReportedError(message: "\(path): no such file or folder; check the path")
      }
      if path != "-" && (status.st_mode & S_IFMT) == S_IFDIR {
        let found = dataFiles(in: path, recursive: recursive)
        if found.isEmpty {
          let depth = recursive ? "or its subfolders" : "(add --recursive to look in subfolders)"
          throw ReportedError(message: "\(path): no .csv or .csv.gz file in this folder \(depth)")
        }
        files += found
      } else {
        files.append(path)
      }
    }
    return files
  }

  static func isDataFile(_ name: String) -> Bool {
    let lower = name.lowercased()
    return extensions.contains { lower.hasSuffix($0) }
  }

  /// The data files under `folder`, as paths that start with `folder`.
  static func dataFiles(in folder: String, recursive: Bool) -> [String] {
    relativeFiles(in: folder, recursive: recursive).filter(isDataFile).map {
      folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0
    }
  }

  /// Every regular file under `folder`, as paths relative to it, sorted; hidden folders,
  /// links and special files skipped.
  static func relativeFiles(in folder: String, recursive: Bool) -> [String] {
    var walk = Walk(recursive: recursive)
    var status = stat()
    guard stat(folder, &status) == 0 else { return [] }
    walk.visited.insert(FileIdentity(status))
    walk.visit(folder, relative: "")
    walk.noteSkippedLinks(in: folder)
    return walk.files
  }

  /// The state of one walk: what was listed and what was seen.
  private struct Walk {
    let recursive: Bool
    var files: [String] = []
    /// Folders entered and files listed, by identity.
    var visited: Set<FileIdentity> = []
    /// Links to data files, checked once the walk is over (a link to a listed file is silent).
    var links: [String] = []

    init(recursive: Bool) { self.recursive = recursive }

    mutating func visit(_ folder: String, relative: String) {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
        return
      }
      for name in names.sorted() {
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        let shown = relative + name
        var status = stat()
        guard lstat(path, &status) == 0 else { continue }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
          guard recursive, !name.hasPrefix(".") else { continue }
          guard visited.insert(FileIdentity(status)).inserted else { continue }
          visit(path, relative: shown + "/")
        case S_IFREG:
          guard visited.insert(FileIdentity(status)).inserted else { continue }
          files.append(shown)
        case S_IFLNK:
          if isDataFile(name) { links.append(shown) }
        default:
          if isDataFile(name) {
            Terminal.note(
              "\(path): not a regular file (a FIFO, device or socket), skipped; give it by name"
                + " to read it as a stream")
          }
        }
      }
    }

    /// Notes the links to data files whose target was not listed by the walk.
    func noteSkippedLinks(in folder: String) {
      for link in links {
        let path = folder.hasSuffix("/") ? folder + link : folder + "/" + link
        if let target = FileIdentity(path: path), visited.contains(target) { continue }
        Terminal.note(
          "\(path): a symbolic link, not followed by the folder walk; give it by name to read it")
      }
    }
  }
}
