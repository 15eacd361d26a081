import Foundation

/// Turns the paths given on the command line into the files to read: a file as given
/// (whatever its name), a folder as the `.csv` and `.csv.gz` files in it, and with `recursive`
/// in its subfolders too (hidden folders such as `.git` skipped). Files of a folder come in
/// name order, so runs are repeatable.
enum FileDiscovery {
  static let extensions = [".csv", ".csv.gz"]

  static func files(from paths: [String], recursive: Bool) throws(ReportedError) -> [String] {
    var files: [String] = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard path == "-" || FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      else {
        throw ReportedError(message: "\(path): no such file or folder; check the path")
      }
      if isFolder.boolValue {
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

  /// Every file under `folder`, as paths relative to it, sorted; hidden folders skipped.
  static func relativeFiles(in folder: String, recursive: Bool) -> [String] {
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return [] }
    var files: [String] = []
    for name in names.sorted() {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      var isFolder: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
      if isFolder.boolValue {
        guard recursive, !name.hasPrefix(".") else { continue }
        files += relativeFiles(in: path, recursive: true).map { name + "/" + $0 }
      } else {
        files.append(name)
      }
    }
    return files
  }
}
