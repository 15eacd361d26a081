/// The part a column plays in re-identification.
public enum ColumnRole: String, Sendable, Codable, CaseIterable, Equatable {
  /// Names a person by itself: a name, an e-mail address, a phone number, a national id, an IP
  /// address, a profile URL, a person's record key, or a hash of one of these (a pseudonym that a
  /// dictionary attack reverses: hash every e-mail address on a list and compare). Every record
  /// of a file with such a column is linkable, whatever its quasi-identifiers.
  case directIdentifier = "direct_identifier"
  /// Not identifying alone, but known to outsiders and linkable: birth date, age, ZIP code,
  /// city, gender, job title, employer, join date.
  case quasiIdentifier = "quasi_identifier"
  /// What the recipient must not learn about a known person: health, income, religion,
  /// ethnicity, free-text notes.
  case sensitive
  case other
}

/// The role of a column and the evidence for it, decided from its header and its values
/// together.
///
/// Values of a personal kind (e-mail, phone, national id, IP address) make a direct identifier
/// whatever the header says. Digest-shaped values make one too unless the header names a thing,
/// not a person: 32 hex digits in `order_ref` are an order's reference, not a hashed e-mail.
/// Otherwise the header decides (direct, then sensitive, then quasi-identifier), and without a
/// telling header the values do: dates and ZIP codes are quasi-identifiers, free text is
/// sensitive, mostly-unique codes under a key-like header are record keys.
struct ColumnRoleDecision: Equatable {
  var role: ColumnRole
  var evidence: String

  init(header: String, type: ValueInference, uniqueFraction: Double) {
    let words = HeaderWords(header)
    let percent = Formatting.percent(type.share)
    let name = quoted(header)
    switch type.type {
    case .email, .phone, .nationalID, .ipAddress, .url:
      let kind = Self.kinds[type.type] ?? ""
      if type.type == .url && words.namesThing {
        self.init(
          .other,
          "values: \(percent) are web addresses, but the header \(name) names a thing, not a person"
        )
      } else {
        self.init(.directIdentifier, "values: \(percent) look like \(kind)")
      }
      return
    case .digest:
      let algorithm = type.detail ?? "hash"
      if words.namesThing {
        self.init(
          .other,
          "values: \(percent) look like \(algorithm) digests, but the header \(name) names a thing, not a person"
        )
      } else {
        self.init(
          .directIdentifier,
          "values: \(percent) look like \(algorithm) digests: a pseudonym that hashing a list of e-mails or names reverses"
        )
      }
      return
    default:
      break
    }
    if let direct = words.directIdentifier {
      if direct == "a person's record key" && uniqueFraction < 0.5 {
        self.init(.other, "header \(name) reads like a key, but most values repeat")
      } else {
        self.init(.directIdentifier, "header \(name) names \(direct)")
      }
    } else if let sensitive = words.sensitive {
      self.init(.sensitive, "header \(name) names \(sensitive)")
    } else if let quasi = words.quasiIdentifier {
      self.init(.quasiIdentifier, "header \(name) names \(quasi)")
    } else if type.type == .timestamp {
      self.init(
        .quasiIdentifier,
        "values: \(percent) are timestamps: the time of an event: whoever saw it happen, or saw"
          + " the post, can find the record")
    } else if type.type == .date {
      self.init(.quasiIdentifier, "values: \(percent) are dates: an outsider may know when")
    } else if type.type == .zip {
      self.init(.quasiIdentifier, "values: \(percent) are ZIP codes or postcodes")
    } else if type.type == .freeText {
      self.init(
        .sensitive, "values are free text, which may hold anything: health, names, opinions")
    } else {
      self.init(.other, "no identifying header or values")
    }
  }

  private init(_ role: ColumnRole, _ evidence: String) {
    self.role = role
    self.evidence = evidence
  }

  private static let kinds: [ValueType: String] = [
    .email: "e-mail addresses", .phone: "phone numbers", .nationalID: "national id numbers",
    .ipAddress: "IP addresses", .url: "web addresses",
  ]
}
