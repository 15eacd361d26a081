import Testing

@testable import ReidRiskPostgres

@Suite("PostgresAddress: libpq URLs")
struct PostgresAddressTests {
  func address(_ source: String, _ environment: [String: String] = [:]) throws
    -> PostgresAddress
  {
    try PostgresAddress(source: source, environment: environment, loginName: "login")
  }

  @Test("every part of a TCP URL")
  func tcpURL() throws {
    let address = try address("postgres://ann@db.example:5433/members?sslmode=require")
    #expect(address.endpoint == .tcp(host: "db.example", port: 5433))
    #expect(address.user == "ann")
    #expect(address.database == "members")
    #expect(address.sslMode == .require)
    #expect(address.connectTimeout == 10)
    #expect(address.applicationName == "reidrisk")
  }

  @Test("the defaults: Debian's socket folder, port 5432, the login name, sslmode prefer")
  func defaults() throws {
    let address = try address("postgresql://")
    #expect(address.endpoint == .socket(folder: "/var/run/postgresql", port: 5432))
    #expect(address.user == "login")
    // the database defaults to the user
    #expect(address.database == "login")
    #expect(address.sslMode == .prefer)
  }

  @Test("a socket folder from ?host= or from a percent-encoded host")
  func socketFolder() throws {
    let query = try address("postgres:///members?host=/tmp/pg&port=6000")
    #expect(query.endpoint == .socket(folder: "/tmp/pg", port: 6000))
    #expect(query.endpoint.description == "/tmp/pg/.s.PGSQL.6000")
    #expect(query.database == "members")
    let encoded = try address("postgres://%2Ftmp%2Fpg/members")
    #expect(encoded.endpoint == .socket(folder: "/tmp/pg", port: 5432))
  }

  @Test("an IPv6 host in brackets, with and without a port")
  func ipv6() throws {
    #expect(try address("postgres://[::1]:5499/x").endpoint == .tcp(host: "::1", port: 5499))
    #expect(try address("postgres://[::1]/x").endpoint == .tcp(host: "::1", port: 5432))
    #expect(try address("postgres://[::1]/x").endpoint.description == "[::1]:5432")
  }

  @Test("URL parameters win over the URL's parts, as in libpq")
  func parametersWin() throws {
    let address = try address("postgres://ann@h1/db1?user=bob&dbname=db2&host=h2")
    #expect(address.user == "bob")
    #expect(address.database == "db2")
    #expect(address.endpoint == .tcp(host: "h2", port: 5432))
  }

  @Test("libpq's variables fill what the URL leaves out, and only that")
  func environment() throws {
    let environment = [
      "PGHOST": "envhost", "PGPORT": "7000", "PGUSER": "envuser", "PGDATABASE": "envdb",
      "PGSSLMODE": "verify-full", "PGCONNECT_TIMEOUT": "30",
    ]
    let fromEnvironment = try address("postgres://", environment)
    #expect(fromEnvironment.endpoint == .tcp(host: "envhost", port: 7000))
    #expect(fromEnvironment.user == "envuser")
    #expect(fromEnvironment.database == "envdb")
    #expect(fromEnvironment.sslMode == .verifyFull)
    #expect(fromEnvironment.connectTimeout == 30)
    let fromURL = try address("postgres://ann@urlhost/urldb?sslmode=disable", environment)
    #expect(fromURL.endpoint == .tcp(host: "urlhost", port: 7000))
    #expect(fromURL.user == "ann")
    #expect(fromURL.database == "urldb")
    #expect(fromURL.sslMode == .disable)
  }

  @Test("percent escapes decode as UTF-8 in the user and the database")
  func percentEscapes() throws {
    // %C3%A9 is é in UTF-8; %20 a space
    let address = try address("postgres://ren%C3%A9@h/my%20db")
    #expect(address.user == "rené")
    #expect(address.database == "my db")
  }

  @Test(
    "a password in the URL is refused, wherever it is",
    arguments: [
      "postgres://ann:secret@h/db", "postgres://ann:@h/db", "postgres://h/db?password=secret",
    ])
  func passwordRefused(source: String) {
    #expect(throws: PostgresSourceError.passwordInURL) { try address(source) }
    let message = PostgresSourceError.passwordInURL.description
    #expect(message.contains("PGPASSWORD"))
    #expect(message.contains("~/.pgpass"))
    #expect(!message.contains("secret"))
  }

  @Test(
    "URLs reidrisk does not read, each with its reason",
    arguments: [
      ("mysql://h/db", "postgres://"),
      ("postgres://h:99999/db", "port"),
      ("postgres://h:abc/db", "port"),
      ("postgres://h1,h2/db", "several hosts"),
      ("postgres://h/db?sslmode=sometimes", "sslmode"),
      ("postgres://h/db?target_session_attrs=any", "not read"),
      ("postgres://h/db?sslmode", "no =value"),
      ("postgres://h/db%2", "two hex digits"),
      ("postgres://h/db%00", "NUL"),
      ("postgres://[::1/db", "closing ]"),
      ("postgres://h/db?connect_timeout=0", "connect_timeout"),
      ("postgres://h/db?options=-x", "-c name=value"),
    ])
  func refused(source: String, reason: String) {
    #expect {
      try address(source)
    } throws: { error in
      guard case .invalidURL(let text) = error as? PostgresSourceError else { return false }
      return text.contains(reason)
    }
  }

  @Test("options: -c pieces become settings sent at login; \\ keeps a space")
  func options() throws {
    let address = try address(
      "postgres://h/db?options=-c%20statement_timeout%3D5min%20--search-path=a\\%20b")
    #expect(
      address.serverSettings == [
        .init(name: "statement_timeout", value: "5min"), .init(name: "search_path", value: "a b"),
      ])
  }

  @Test("connect_timeout below 2 s is 2 s, as in libpq")
  func connectTimeoutFloor() throws {
    #expect(try address("postgres://h/db?connect_timeout=1").connectTimeout == 2)
  }

  @Test("the password-file host: localhost for the default socket folder, else the folder")
  func passwordFileHost() {
    #expect(
      PostgresAddress.Endpoint.socket(folder: "/var/run/postgresql", port: 5432)
        .passwordFileHost == "localhost")
    #expect(PostgresAddress.Endpoint.socket(folder: "/tmp/x", port: 1).passwordFileHost == "/tmp/x")
    #expect(PostgresAddress.Endpoint.tcp(host: "db", port: 1).passwordFileHost == "db")
  }
}
