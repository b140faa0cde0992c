#include "testsupport.h"

#include "apierror.h"
#include "payloadparser.h"

#include <QSet>
#include <QVariant>
#include <QtTest>

using namespace cw;
using Kind = ApiError::Kind;

namespace cw {
inline char *toString(ApiError::Kind kind)
{
    return qstrdup(ApiError::kindName(kind).toUtf8().constData());
}
} // namespace cw

namespace {

const QList<Kind> kAllKinds = {
    Kind::None,          Kind::BadRequest,  Kind::Unauthorized,  Kind::PaymentRequired,
    Kind::Forbidden,     Kind::NotFound,    Kind::Conflict,      Kind::RateLimited,
    Kind::Server,        Kind::HttpOther,   Kind::Network,       Kind::Timeout,
    Kind::MalformedBody, Kind::InsecureUrl, Kind::MissingApiKey, Kind::Cancelled,
};

ApiError make(Kind kind, int status = 0, const QString &message = {}, const QString &code = {},
              const QString &detail = {})
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = status;
    error.serverMessage = message;
    error.serverCode = code;
    error.detail = detail;
    return error;
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsNoError();
    void fromHttpStatus_data();
    void fromHttpStatus();
    void transient_data();
    void transient();
    void kindNames();
    void userMessage_data();
    void userMessage();
    void userMessageIsOneShortLine();
    void userMessageFromParsedBodies_data();
    void userMessageFromParsedBodies();
    void userMessageForParseError();
    void variantRoundTrip();
};

void TestApiError::defaultIsNoError()
{
    const ApiError error;
    QCOMPARE(error.kind, Kind::None);
    QVERIFY(!error.isError());
    QVERIFY(!error.isTransient());
    QCOMPARE(error.retryAfterSeconds, -1);
    QVERIFY(error.userMessage().isEmpty());
}

void TestApiError::fromHttpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("200") << 200 << Kind::None;
    QTest::newRow("202 batch accepted") << 202 << Kind::None;
    QTest::newRow("204") << 204 << Kind::None;
    QTest::newRow("400") << 400 << Kind::BadRequest;
    QTest::newRow("401") << 401 << Kind::Unauthorized;
    QTest::newRow("402") << 402 << Kind::PaymentRequired;
    QTest::newRow("403") << 403 << Kind::Forbidden;
    QTest::newRow("404") << 404 << Kind::NotFound;
    QTest::newRow("409") << 409 << Kind::Conflict;
    QTest::newRow("429") << 429 << Kind::RateLimited;
    QTest::newRow("500") << 500 << Kind::Server;
    QTest::newRow("502") << 502 << Kind::Server;
    QTest::newRow("503") << 503 << Kind::Server;
    QTest::newRow("599") << 599 << Kind::Server;
    QTest::newRow("405") << 405 << Kind::HttpOther;
    QTest::newRow("418") << 418 << Kind::HttpOther;
    QTest::newRow("302 not followed") << 302 << Kind::HttpOther;
    QTest::newRow("100") << 100 << Kind::HttpOther;
    QTest::newRow("600") << 600 << Kind::HttpOther;
    QTest::newRow("0: no answer") << 0 << Kind::Network;
}

void TestApiError::fromHttpStatus()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    const ApiError error = ApiError::fromHttpStatus(status);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.isError(), kind != Kind::None);
    QVERIFY(error.serverMessage.isEmpty());
    QCOMPARE(error.retryAfterSeconds, -1);
}

void TestApiError::transient_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("transient");
    for (const Kind kind : kAllKinds) {
        const bool transient = kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Server ||
                               kind == Kind::RateLimited;
        QTest::newRow(qPrintable(ApiError::kindName(kind))) << kind << transient;
    }
}

void TestApiError::transient()
{
    QFETCH(Kind, kind);
    QFETCH(bool, transient);
    QCOMPARE(make(kind).isTransient(), transient);
}

void TestApiError::kindNames()
{
    QSet<QString> seen;
    for (const Kind kind : kAllKinds) {
        const QString name = ApiError::kindName(kind);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
    }
    QCOMPARE(ApiError::kindName(Kind::Unauthorized), QStringLiteral("HTTP 401 Unauthorized"));
    QCOMPARE(ApiError::kindName(Kind::Network), QStringLiteral("network error"));
    QCOMPARE(ApiError::kindName(Kind::Server), QStringLiteral("HTTP 5xx server error"));
}

void TestApiError::userMessage_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("expected");

    QTest::newRow("401") << make(Kind::Unauthorized, 401, QStringLiteral("Invalid API key"))
                         << QStringLiteral("The API key was rejected (HTTP 401): Invalid API key");
    QTest::newRow("401 without text")
        << make(Kind::Unauthorized, 401) << QStringLiteral("The API key was rejected (HTTP 401)");
    QTest::newRow("402 with code")
        << make(Kind::PaymentRequired, 402, QStringLiteral("Balance too low"),
                QStringLiteral("INSUFFICIENT_CREDITS"))
        << QStringLiteral("Not enough Dialgen credits (HTTP 402): Balance too low (INSUFFICIENT_CREDITS)");
    QTest::newRow("402 code already in text")
        << make(Kind::PaymentRequired, 402, QStringLiteral("INSUFFICIENT_CREDITS: top up"),
                QStringLiteral("insufficient_credits"))
        << QStringLiteral("Not enough Dialgen credits (HTTP 402): INSUFFICIENT_CREDITS: top up");
    QTest::newRow("402 only a code") << make(Kind::PaymentRequired, 402, QString(),
                                             QStringLiteral("NO_CREDITS"))
                                     << QStringLiteral("Not enough Dialgen credits (HTTP 402): NO_CREDITS");
    QTest::newRow("503") << make(Kind::Server, 503, QStringLiteral("Down for maintenance"))
                         << QStringLiteral("Dialgen server error (HTTP 503): Down for maintenance");
    QTest::newRow("500 bare") << make(Kind::Server, 500) << QStringLiteral("Dialgen server error (HTTP 500)");
    QTest::newRow("400") << make(Kind::BadRequest, 400, QStringLiteral("callId is required"))
                         << QStringLiteral("Dialgen rejected the request (HTTP 400): callId is required");
    QTest::newRow("403") << make(Kind::Forbidden, 403)
                         << QStringLiteral("This API key is not allowed to see that data (HTTP 403)");
    QTest::newRow("404") << make(Kind::NotFound, 404, QStringLiteral("Call not found"))
                         << QStringLiteral(
                                "Dialgen does not know that call or batch (HTTP 404): Call not found");
    QTest::newRow("409")
        << make(Kind::Conflict, 409, QStringLiteral("Call in progress"))
        << QStringLiteral("A call is already in progress for that contact (HTTP 409): Call in progress");
    QTest::newRow("429") << make(Kind::RateLimited, 429)
                         << QStringLiteral("Dialgen asked CallWatch to slow down (HTTP 429)");
    QTest::newRow("418") << make(Kind::HttpOther, 418, QStringLiteral("I'm a teapot"))
                         << QStringLiteral("Unexpected answer from Dialgen (HTTP 418): I'm a teapot");
    QTest::newRow("network") << make(Kind::Network, 0, QString(), QString(),
                                     QStringLiteral("Connection refused"))
                             << QStringLiteral("Could not reach Dialgen: Connection refused");
    QTest::newRow("network bare") << make(Kind::Network) << QStringLiteral("Could not reach Dialgen");
    QTest::newRow("timeout") << make(Kind::Timeout, 0, QString(), QString(), QStringLiteral("30000 ms"))
                             << QStringLiteral("Dialgen did not answer in time");
    QTest::newRow("malformed")
        << make(Kind::MalformedBody, 200, QString(), QString(),
                QStringLiteral("status: expected a string, got a number"))
        << QStringLiteral(
               "Dialgen sent a response CallWatch could not read: status: expected a string, got a number");
    QTest::newRow("insecure") << make(Kind::InsecureUrl, 0, QString(), QString(),
                                      QStringLiteral("http://api.example.com"))
                              << QStringLiteral(
                                     "Refusing to send the API key to an insecure or invalid address: "
                                     "http://api.example.com");
    QTest::newRow("missing key") << make(Kind::MissingApiKey)
                                 << QStringLiteral("No Dialgen API key is set up");
    QTest::newRow("cancelled") << make(Kind::Cancelled) << QStringLiteral("The request was cancelled");
    QTest::newRow("server kind without status")
        << make(Kind::Server, 0, QStringLiteral("boom")) << QStringLiteral("Dialgen server error: boom");
}

void TestApiError::userMessage()
{
    QFETCH(ApiError, error);
    QFETCH(QString, expected);
    QCOMPARE(error.userMessage(), expected);
}

void TestApiError::userMessageIsOneShortLine()
{
    const ApiError error =
        make(Kind::Server, 500,
             QStringLiteral("Traceback:\n  File \"x\"\n\tboom ") + QString(2000, QLatin1Char('y')));
    const QString message = error.userMessage();
    QVERIFY(!message.contains(QLatin1Char('\n')));
    QVERIFY(!message.contains(QLatin1Char('\t')));
    QVERIFY(
        message.startsWith(QLatin1String("Dialgen server error (HTTP 500): Traceback: File \"x\" boom yyy")));
    QVERIFY2(message.size() < 400, qPrintable(QString::number(message.size())));
    QCOMPARE(message.back(), QChar(0x2026));
}

void TestApiError::userMessageFromParsedBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("401 {error}") << 401 << QByteArray(R"({"error": "Invalid API key"})")
                                 << QStringLiteral("The API key was rejected (HTTP 401): Invalid API key");
    QTest::newRow("402 full") << 402
                              << QByteArray(R"({"error": "Payment Required", "code": "INSUFFICIENT_CREDITS",
                                               "message": "Not enough credits to place call", "details": {}})")
                              << QStringLiteral(
                                     "Not enough Dialgen credits (HTTP 402): Not enough credits to place "
                                     "call (INSUFFICIENT_CREDITS)");
    QTest::newRow("409 {message, callId}")
        << 409 << QByteArray(R"({"message": "A call is already in progress", "callId": "call_9"})")
        << QStringLiteral(
               "A call is already in progress for that contact (HTTP 409): A call is already in progress");
    QTest::newRow("502 html") << 502 << QByteArray("<html><title>502 Bad Gateway</title></html>")
                              << QStringLiteral("Dialgen server error (HTTP 502): 502 Bad Gateway");
    QTest::newRow("500 empty") << 500 << QByteArray() << QStringLiteral("Dialgen server error (HTTP 500)");
}

void TestApiError::userMessageFromParsedBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    ApiError error = ApiError::fromHttpStatus(status);
    const ServerErrorBody parsed = PayloadParser::parseErrorBody(body);
    error.serverMessage = parsed.message;
    error.serverCode = parsed.code;
    QCOMPARE(error.userMessage(), expected);
}

void TestApiError::userMessageForParseError()
{
    const ParseResult<CallSnapshot> result =
        PayloadParser::parseLiveStatus(R"({"callId": "call_123", "status": 3})");
    QVERIFY(!result.ok());
    ApiError error;
    error.kind = Kind::MalformedBody;
    error.httpStatus = 200;
    error.detail = result.error().toString();
    QCOMPARE(
        error.userMessage(),
        QStringLiteral(
            "Dialgen sent a response CallWatch could not read: status: expected a string, got a number"));
    QVERIFY(!error.isTransient());
}

void TestApiError::variantRoundTrip()
{
    ApiError error = make(Kind::RateLimited, 429, QStringLiteral("slow down"), QStringLiteral("RATE"));
    error.retryAfterSeconds = 30;
    const QVariant variant = QVariant::fromValue(error);
    QVERIFY(variant.canConvert<ApiError>());
    const ApiError back = variant.value<ApiError>();
    QCOMPARE(back.kind, Kind::RateLimited);
    QCOMPARE(back.retryAfterSeconds, 30);
    QCOMPARE(back.serverCode, QStringLiteral("RATE"));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
