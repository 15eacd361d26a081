/// What a column holds, recognised from its header name: "DOB", "birthdate" and
/// "Date of birth" are all `birthDate`. Linkage joins columns of two files by concept, scenarios
/// find their columns by concept, and the concept picks a column's normalisation rule.
///
/// A header name is compared by its key: lower case, letters and digits only ("Date_of Birth"
/// → "dateofbirth"), so case, spaces, underscores and hyphens never matter.
public enum ColumnConcept: String, Sendable, CaseIterable, Codable, Equatable {
  case birthDate = "birth_date"
  case birthYear = "birth_year"
  case age
  case zip
  case gender
  case firstName = "first_name"
  case lastName = "last_name"
  case fullName = "name"
  case city
  case state
  case employer
  case jobTitle = "job_title"
  case email
  case phone
  case joinDate = "join_date"

  /// The header keys that name this concept.
  public var synonyms: [String] {
    switch self {
    case .birthDate: return ["birthdate", "dob", "dateofbirth", "birthday", "bdate", "birthdt"]
    case .birthYear: return ["birthyear", "yearofbirth", "yob", "byear"]
    case .age: return ["age", "ageyears"]
    case .zip:
      return ["zip", "zipcode", "zip5", "postalcode", "postcode", "postal", "plz", "zippostalcode"]
    case .gender: return ["gender", "sex"]
    case .firstName: return ["firstname", "givenname", "forename", "fname", "first"]
    case .lastName: return ["lastname", "surname", "familyname", "lname", "last"]
    case .fullName: return ["name", "fullname", "personname"]
    case .city: return ["city", "town", "locality", "municipality"]
    case .state: return ["state", "province", "stateprovince"]
    case .employer:
      return ["employer", "company", "companyname", "employername", "organisation", "organization"]
    case .jobTitle: return ["jobtitle", "occupation", "position", "job", "jobposition"]
    case .email: return ["email", "emailaddress", "mail"]
    case .phone: return ["phone", "phonenumber", "telephone", "tel", "mobile", "cellphone"]
    case .joinDate:
      return ["joindate", "joined", "membersince", "signupdate", "registrationdate", "registered"]
    }
  }

  /// The normalisation rule for values of this concept.
  public var rule: NormalisationRule {
    switch self {
    case .birthDate, .joinDate: return .date
    case .zip: return .zip
    case .gender: return .gender
    default: return .text
    }
  }

  /// The concept a header name stands for, if any: "Date of Birth" → `.birthDate`.
  public init?(header name: String) {
    guard let concept = Self.byKey[Self.key(name)] else { return nil }
    self = concept
  }

  /// A header name reduced to lower-case letters and digits: "Date_of Birth" → "dateofbirth".
  public static func key(_ name: String) -> String {
    String(
      String.UnicodeScalarView(
        name.lowercased().unicodeScalars.filter {
          $0.properties.isAlphabetic || ("0"..."9").contains($0)
        }
      ))
  }

  private static let byKey: [String: ColumnConcept] = {
    var table: [String: ColumnConcept] = [:]
    for concept in allCases {
      for synonym in concept.synonyms { table[synonym] = concept }
    }
    return table
  }()
}
