/// What a column's header name says about its role: the words of the name (split at
/// punctuation, spaces and camelCase: "emailHash" → email, hash) checked against word lists.
///
/// A header alone can mislead ("company_name" is no person's name; "order_ref" holds no
/// person), so `ColumnRoleDecision` weighs it with the values.
struct HeaderWords: Equatable {
  let words: [String]
  let key: String

  init(_ name: String) {
    var words: [String] = []
    var current = ""
    var previousIsLower = false
    for character in name {
      guard character.isLetter || character.isNumber else {
        if !current.isEmpty { words.append(current) }
        current = ""
        previousIsLower = false
        continue
      }
      if character.isUppercase && previousIsLower && !current.isEmpty {
        words.append(current)
        current = ""
      }
      current += character.lowercased()
      previousIsLower = character.isLowercase || character.isNumber
    }
    if !current.isEmpty { words.append(current) }
    self.words = words
    self.key = words.joined()
  }

  /// The direct-identifier reading of the header, in words ("a person's name"), or nil.
  var directIdentifier: String? {
    if let kind = Self.directKeys[key] { return kind }
    if let word = words.first(where: { Self.directWords[$0] != nil }), !namesThing {
      return Self.directWords[word]
    }
    if words.contains("name") && !namesThing { return "a person's name" }
    if isRecordKey && !namesThing { return "a person's record key" }
    return nil
  }

  /// Whether the header names something other than a person: "company_name", "order_ref",
  /// "file_hash", "product_id".
  var namesThing: Bool { words.contains { Self.thingWords.contains($0) } }

  /// Whether the header names a key or reference ("member_id", "user_uuid", "order_ref").
  var isRecordKey: Bool {
    guard let last = words.last else { return false }
    return ["id", "uuid", "guid", "key", "ref", "reference", "number", "no", "num"].contains(last)
      || key.hasSuffix("id") && ColumnConcept(header: key) == nil && words.count == 1
        && key.count > 2
        && Self.personWords.contains(String(key.dropLast(2)))
  }

  /// The quasi-identifier reading: "birth date", "ZIP code", ... or nil.
  var quasiIdentifier: String? {
    if let concept = ColumnConcept(header: key) {
      switch concept {
      case .birthDate: return "a birth date"
      case .birthYear: return "a birth year"
      case .age: return "an age"
      case .zip: return "a ZIP code or postcode"
      case .gender: return "a gender"
      case .city: return "a city"
      case .state: return "a state or province"
      case .employer: return "an employer"
      case .jobTitle: return "a job title"
      case .joinDate: return "a join date"
      case .firstName, .lastName, .fullName, .email, .phone: return nil
      }
    }
    return words.lazy.compactMap { Self.quasiWords[$0] }.first
  }

  /// Whether the header says time ("event_time", "timestamp", "datetime") or ends in `_at`
  /// ("registered_at", "createdAt"): 9- and 10-digit integers under it are epoch seconds.
  var namesTime: Bool {
    words.contains { ["time", "timestamp", "datetime", "ts"].contains($0) } || words.last == "at"
  }

  /// The sensitive-attribute reading: "health", "income", ... or nil.
  var sensitive: String? {
    words.lazy.compactMap { Self.sensitiveWords[$0] }.first
  }

  private static let directKeys: [String: String] = [
    "name": "a person's name", "fullname": "a person's name", "firstname": "a person's name",
    "lastname": "a person's name", "surname": "a person's name", "givenname": "a person's name",
    "forename": "a person's name", "middlename": "a person's name", "maidenname": "a person's name",
    "username": "an account name", "login": "an account name", "nickname": "a person's name",
    "ssn": "a national id", "socialsecuritynumber": "a national id", "nationalid": "a national id",
    "nino": "a national id", "nin": "a national id", "taxid": "a national id",
    "tin": "a national id",
    "nhsnumber": "a national id", "mrn": "a medical record number",
    "medicalrecordnumber": "a medical record number", "iban": "a bank account",
    "accountnumber": "a bank account", "creditcard": "a payment card",
    "cardnumber": "a payment card",
    "ip": "an IP address", "ipaddress": "an IP address", "address": "a street address",
    "streetaddress": "a street address", "street": "a street address",
    "addressline1": "a street address",
    "website": "a web address", "homepage": "a web address", "url": "a web address",
  ]

  private static let directWords: [String: String] = [
    "email": "an e-mail address", "address": "an address", "phone": "a phone number",
    "telephone": "a phone number", "mobile": "a phone number", "cellphone": "a phone number",
    "fax": "a phone number", "ssn": "a national id", "passport": "a passport number",
    "license": "a licence number", "licence": "a licence number", "linkedin": "a profile link",
    "twitter": "a profile link", "facebook": "a profile link", "instagram": "a profile link",
  ]

  /// Words that name things, not people.
  static let thingWords: Set<String> = [
    "company", "companies", "product", "file", "filename", "city", "event", "project", "team",
    "org", "organisation", "organization", "group", "brand", "app", "host", "hostname", "domain",
    "job", "course", "business", "venue", "place", "store", "shop", "item", "category", "tag",
    "order", "orders", "transaction", "txn", "invoice", "payment", "receipt", "session", "request",
    "trace", "commit", "document", "doc", "sku", "checksum", "etag", "build", "version", "message",
    "ticket", "shipment", "tracking", "batch", "asset", "campaign", "country", "state", "street",
    "school", "department", "server", "package", "image", "video", "column", "table", "row",
  ]

  /// Words that name people, for record keys written as one word ("memberid", "userid").
  static let personWords: Set<String> = [
    "member", "user", "customer", "patient", "client", "person", "voter", "employee", "student",
    "account", "subscriber", "contact", "citizen", "participant", "respondent",
  ]

  private static let quasiWords: [String: String] = [
    "dob": "a birth date", "birth": "a birth detail", "zip": "a ZIP code or postcode",
    "postcode": "a ZIP code or postcode", "county": "a county", "country": "a country",
    "region": "a region", "nationality": "a nationality", "marital": "a marital status",
    "education": "an education level", "language": "a language", "occupation": "an occupation",
    "department": "a department", "height": "a height", "weight": "a weight", "title": "a title",
    "joined": "a join date", "hired": "a hire date", "neighbourhood": "a neighbourhood",
    "neighborhood": "a neighbourhood", "district": "a district",
  ]

  private static let sensitiveWords: [String: String] = [
    "health": "health data", "diagnosis": "health data", "condition": "health data",
    "disease": "health data",
    "medical": "health data", "medication": "health data", "prescription": "health data",
    "disability": "health data",
    "pregnancy": "health data", "hiv": "health data", "mental": "health data",
    "treatment": "health data",
    "income": "income", "salary": "income", "wage": "income", "wages": "income",
    "earnings": "income", "wealth": "income", "debt": "financial data", "credit": "financial data",
    "religion": "a religion", "religious": "a religion", "faith": "a religion",
    "ethnicity": "an ethnicity",
    "ethnic": "an ethnicity", "race": "an ethnicity", "sexuality": "a sexual orientation",
    "orientation": "a sexual orientation", "political": "a political opinion",
    "union": "union membership", "criminal": "a criminal record", "conviction": "a criminal record",
    "notes": "free-text notes", "note": "free-text notes", "comment": "free-text notes",
    "comments": "free-text notes", "bio": "free-text notes", "biography": "free-text notes",
    "about": "free-text notes", "tier": "a membership tier",
  ]
}
