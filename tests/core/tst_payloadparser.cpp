#include "testsupport.h"

#include "payloadparser.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

namespace cw {
inline char *toString(CallStatus status)
{
    return qstrdup(callStatusToString(status).toUtf8().constData());
}
} // namespace cw

using namespace cw;
using namespace cw::PayloadParser;

// Declared before the payload constants: moc's lexer loses track of some raw string literals.
class TestPayloadParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseErrorToString();

    // live status
    void liveExample();
    void liveExampleOneLineIsTheSame();
    void liveToJsonReproducesTheExample();
    void liveStatusValues_data();
    void liveStatusValues();
    void liveNullsAndMissingOptionals();
    void liveExtraFieldsKeptInRaw();
    void liveWrongTypes_data();
    void liveWrongTypes();
    void durationNumbers_data();
    void durationNumbers();
    void recordingUrls_data();
    void recordingUrls();
    void liveSuccessFalseIsAnError();

    // timestamps
    void timestamps_data();
    void timestamps();
    void timestampInPayloadIsUtc();

    // persistent
    void persistentWrapped();
    void persistentFlatEqualsWrapped();
    void persistentNullsAndNoLiveOnlyFields();
    void persistentErrors_data();
    void persistentErrors();

    // batch status
    void batchStatus();
    void batchStatusEmpty();
    void batchStatusErrors_data();
    void batchStatusErrors();
    void batchStatusHuge();

    // batch statistics and list
    void batchStatistics();
    void batchStatisticsEstimatedTimeRemaining();
    void batchStatisticsErrors_data();
    void batchStatisticsErrors();
    void batchList();
    void batchListShapes_data();
    void batchListShapes();

    // metrics and webhooks
    void callMetrics();
    void callMetricsShapes_data();
    void callMetricsShapes();
    void webhookNested();
    void webhookFlatExample();

    // error bodies
    void errorBodies_data();
    void errorBodies();
    void errorBodyLongTextIsCapped();

    // robustness
    void notAnObject_data();
    void notAnObject();
    void truncatedJsonNeverParses_data();
    void truncatedJsonNeverParses();
    void deepNesting();
    void garbageBytes();

    // round trip and helpers
    void roundTrip_data();
    void roundTrip();
};

namespace {

// --- The API page's own examples, byte for byte (dialgen-api.md / seeds/000_0bc97b571c6953f0.txt) ---

const QByteArray kLiveExample = R"json({
  "callId": "call_123",
  "status": "ONGOING",
  "startTime": "2025-11-15T14:30:01.123Z",
  "phoneNumber": "+15551234567",
  "contactId": "contact_456",
  "batchId": null,
  "error": null,
  "duration": null,
  "recordingUrl": null
})json";

const QByteArray kLiveExampleOneLine =
    R"json({ "callId": "call_123", "status": "ONGOING", "startTime": "2025-11-15T14:30:01.123Z",
  "phoneNumber": "+15551234567", "contactId": "contact_456", "batchId": null,
  "error": null, "duration": null, "recordingUrl": null })json";

const QByteArray kWebhookFlatExample = R"json({
  "event": "call.completed",
  "callId": "call_123",
  "status": "COMPLETED",
  "duration": 180,
  "contactId": "contact_456",
  "summary": "Call summary...",
  "recordingUrl": "https://..."
})json";

const QByteArray kWebhooksConfigExample = R"json({
  "webhooks": {
    "onCallComplete": "https://api.yourcompany.com/webhooks/call-complete"
  }
})json";

// --- Payloads built from the page's field lists (it gives no literal example for these) ---

const QByteArray kPersistentWrapped = R"json({
  "success": true,
  "data": {
    "id": "clx1a2b3c",
    "status": "COMPLETED",
    "direction": "OUTBOUND",
    "duration": 180,
    "createdAt": "2025-10-01T09:15:00.250Z",
    "endedAt": "2025-10-01T09:18:00.250Z",
    "contact": { "name": "Ada Lovelace", "phoneNumber": "+15551234567" },
    "agent": "Sales Assistant",
    "recordingUrl": "https://cdn.dialgen.ai/recordings/clx1a2b3c.mp3",
    "transcription": [
      { "role": "assistant", "content": "Hello, this is Dialgen." },
      { "role": "user", "content": "Hi!" }
    ],
    "somethingNew": 42
  }
})json";

const QByteArray kPersistentFlat = R"json({
  "id": "clx1a2b3c",
  "status": "COMPLETED",
  "direction": "OUTBOUND",
  "duration": 180,
  "createdAt": "2025-10-01T09:15:00.250Z",
  "endedAt": "2025-10-01T09:18:00.250Z",
  "contact": { "name": "Ada Lovelace", "phoneNumber": "+15551234567" },
  "agent": "Sales Assistant",
  "recordingUrl": "https://cdn.dialgen.ai/recordings/clx1a2b3c.mp3",
  "transcription": [
    { "role": "assistant", "content": "Hello, this is Dialgen." },
    { "role": "user", "content": "Hi!" }
  ],
  "somethingNew": 42
})json";

const QByteArray kBatchStatus = R"json({
  "batchId": "batch_789",
  "calls": [
    { "callId": "call_1", "status": "COMPLETED", "startTime": "2025-11-15T14:30:01.123Z",
      "phoneNumber": "+15550000001", "error": null, "duration": 95,
      "recordingUrl": "https://cdn.dialgen.ai/r/call_1.mp3" },
    { "callId": "CA9f8e7d", "status": "MISSED", "startTime": "2025-11-15T14:31:00Z",
      "phoneNumber": "+15550000002", "error": "Call was not answered", "duration": 0, "recordingUrl": null },
    { "callId": "clxq", "status": "scheduled", "startTime": null,
      "phoneNumber": "+15550000003", "error": null, "duration": null, "recordingUrl": null },
    { "callId": "call_4", "status": "VOICEMAIL", "startTime": "2025-11-15T16:31:00+02:00",
      "phoneNumber": "+15550000004", "error": "BUSY", "duration": 12, "recordingUrl": null }
  ]
})json";

const QByteArray kBatchStatistics = R"json({
  "batchId": "batch_789",
  "status": "processing",
  "priority": "high",
  "statistics": { "total": 1000, "processed": 400, "succeeded": 350, "failed": 50, "pending": 600,
                  "percentComplete": 40, "successRate": 87.5 },
  "performance": { "callsPerSecond": 2.5, "estimatedTimeRemaining": null, "elapsedTime": 160 },
  "timestamps": { "createdAt": "2025-11-15T14:00:00.000Z", "startedAt": "2025-11-15T14:01:00Z",
                  "completedAt": null },
  "recentCalls": [ { "id": "call_1", "callSid": "CA123", "status": "COMPLETED", "duration": 95,
                     "createdAt": "2025-11-15T14:30:01.123Z", "phoneNumber": "+15550000001",
                     "contactName": "Ada" } ],
  "webhooks": { "onCallComplete": "https://api.yourcompany.com/webhooks/call-complete" },
  "agentId": "agent_42",
  "userId": "user_7"
})json";

const QByteArray kBatchList = R"json([
  { "batchId": "batch_2", "status": "processing", "total": 10, "processed": 4, "succeeded": 3, "failed": 1,
    "percentComplete": 40, "createdAt": "2025-11-16T08:00:00.000Z", "agentId": "agent_42", "priority": "normal" },
  { "batchId": "batch_1", "status": "completed", "total": 2, "processed": 2, "succeeded": 2, "failed": 0,
    "percentComplete": 100, "createdAt": "2025-11-15T08:00:00Z", "agentId": "agent_42", "priority": 5 }
])json";

const QByteArray kCallMetrics = R"json({
  "success": true,
  "callData": {
    "id": "call_123",
    "contactId": "contact_456",
    "agentId": "agent_42",
    "status": "COMPLETED",
    "startTime": "2025-11-15T14:30:01.123Z",
    "endTime": "2025-11-15T14:33:01.123Z",
    "duration": 180,
    "phoneNumber": "+15551234567",
    "contactName": "Ada Lovelace",
    "transcription": [ { "role": "assistant", "content": "Hello" }, { "role": "user", "content": "Hi" } ],
    "summary": "Customer asked for a demo next week.",
    "metricJson": { "intent": "book_demo", "sentiment": "positive", "confidence": 0.92,
                    "keyPoints": ["demo"], "actionItems": ["send invite"], "callStatus": "completed" }
  },
  "metricSchema": { "intent": "string" }
})json";

const QByteArray kWebhookNested = R"json({
  "success": true,
  "callData": {
    "id": "call_123", "contactId": "contact_456", "agentId": "agent_42", "batchId": "batch_789",
    "status": "COMPLETED", "startTime": "2025-11-15T14:30:01.123Z", "endTime": "2025-11-15T14:33:01.123Z",
    "duration": 180, "phoneNumber": "+15551234567", "contactName": "Ada Lovelace",
    "transcription": [ { "role": "assistant", "content": "Hello" } ],
    "recordingUrl": "https://cdn.dialgen.ai/recordings/call_123.mp3",
    "summary": "Booked.", "metricJson": { "sentiment": "neutral" }
  },
  "metricSchema": {}
})json";

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray bodyOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The live example with one field replaced (or removed when `value` is undefined).
QByteArray liveWith(const QString &field, const QJsonValue &value)
{
    QJsonObject object = objectOf(kLiveExample);
    if (value.isUndefined())
        object.remove(field);
    else
        object.insert(field, value);
    return bodyOf(object);
}

QByteArray persistentWith(const QString &field, const QJsonValue &value)
{
    QJsonObject object = objectOf(kPersistentWrapped);
    QJsonObject data = object.value(QLatin1String("data")).toObject();
    if (value.isUndefined())
        data.remove(field);
    else
        data.insert(field, value);
    object.insert(QStringLiteral("data"), data);
    return bodyOf(object);
}

QByteArray metricsWith(const QString &field, const QJsonValue &value)
{
    QJsonObject object = objectOf(kCallMetrics);
    QJsonObject data = object.value(QLatin1String("callData")).toObject();
    if (value.isUndefined())
        data.remove(field);
    else
        data.insert(field, value);
    object.insert(QStringLiteral("callData"), data);
    return bodyOf(object);
}

QByteArray batchWithCall(int index, const QString &field, const QJsonValue &value)
{
    QJsonObject object = objectOf(kBatchStatus);
    QJsonArray calls = object.value(QLatin1String("calls")).toArray();
    QJsonObject call = calls.at(index).toObject();
    if (value.isUndefined())
        call.remove(field);
    else
        call.insert(field, value);
    calls.replace(index, call);
    object.insert(QStringLiteral("calls"), calls);
    return bodyOf(object);
}

QByteArray statisticsWith(const QString &section, const QString &field, const QJsonValue &value)
{
    QJsonObject object = objectOf(kBatchStatistics);
    if (section.isEmpty()) {
        if (value.isUndefined())
            object.remove(field);
        else
            object.insert(field, value);
    } else {
        QJsonObject inner = object.value(section).toObject();
        inner.insert(field, value);
        object.insert(section, inner);
    }
    return bodyOf(object);
}

const QJsonValue kMissing = QJsonValue(QJsonValue::Undefined);
const QJsonValue kNull = QJsonValue(QJsonValue::Null);

QJsonValue str(const char *text)
{
    return QJsonValue(QString::fromUtf8(text));
}

} // namespace

void TestPayloadParser::parseErrorToString()
{
    QCOMPARE(
        (ParseError{QStringLiteral("calls[3].duration"), QStringLiteral("expected a number, got a string")})
            .toString(),
        QStringLiteral("calls[3].duration: expected a number, got a string"));
    QCOMPARE((ParseError{QString(), QStringLiteral("empty response")}).toString(),
             QStringLiteral("body: empty response"));
}

void TestPayloadParser::liveExample()
{
    const ParseResult<CallSnapshot> result = parseLiveStatus(kLiveExample);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const CallSnapshot &call = result.value();
    QCOMPARE(call.callId, QStringLiteral("call_123"));
    QCOMPARE(call.status, CallStatus::Ongoing);
    QCOMPARE(call.statusText, QStringLiteral("ONGOING"));
    QCOMPARE(call.startTime, utc(2025, 11, 15, 14, 30, 1, 123));
    QCOMPARE(call.phoneNumber, QStringLiteral("+15551234567"));
    QCOMPARE(call.contactId, QStringLiteral("contact_456"));
    QVERIFY(call.batchId.isEmpty());
    QVERIFY(call.error.isEmpty());
    QVERIFY(!call.duration.has_value());
    QVERIFY(call.recordingUrl.isEmpty());
    QVERIFY(call.transcript.isEmpty());
    QVERIFY(!call.endTime.isValid());
    QCOMPARE(call.source, SnapshotSource::LiveStatus);
    QCOMPARE(call.raw, objectOf(kLiveExample));
    QVERIFY(!call.receivedAt.isValid()); // the caller stamps it
}

void TestPayloadParser::liveExampleOneLineIsTheSame()
{
    const ParseResult<CallSnapshot> pretty = parseLiveStatus(kLiveExample);
    const ParseResult<CallSnapshot> oneLine = parseLiveStatus(kLiveExampleOneLine);
    QVERIFY(pretty.ok());
    QVERIFY(oneLine.ok());
    QCOMPARE(oneLine.value().toJson(), pretty.value().toJson());
}

void TestPayloadParser::liveToJsonReproducesTheExample()
{
    const ParseResult<CallSnapshot> result = parseLiveStatus(kLiveExample);
    QVERIFY(result.ok());
    // Same field names, same values, same nulls, nothing added.
    QCOMPARE(result.value().toJson(), objectOf(kLiveExample));
}

void TestPayloadParser::liveStatusValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CallStatus>("status");
    QTest::addColumn<bool>("terminal");

    QTest::newRow("SCHEDULED") << QStringLiteral("SCHEDULED") << CallStatus::Scheduled << false;
    QTest::newRow("ONGOING") << QStringLiteral("ONGOING") << CallStatus::Ongoing << false;
    QTest::newRow("COMPLETED") << QStringLiteral("COMPLETED") << CallStatus::Completed << true;
    QTest::newRow("MISSED") << QStringLiteral("MISSED") << CallStatus::Missed << true;
    QTest::newRow("FAILED") << QStringLiteral("FAILED") << CallStatus::Failed << true;
    QTest::newRow("scheduled") << QStringLiteral("scheduled") << CallStatus::Scheduled << false;
    QTest::newRow("ongoing") << QStringLiteral("ongoing") << CallStatus::Ongoing << false;
    QTest::newRow("completed") << QStringLiteral("completed") << CallStatus::Completed << true;
    QTest::newRow("missed") << QStringLiteral("missed") << CallStatus::Missed << true;
    QTest::newRow("failed") << QStringLiteral("failed") << CallStatus::Failed << true;
    QTest::newRow("Padded") << QStringLiteral(" Completed ") << CallStatus::Completed << true;
    QTest::newRow("VOICEMAIL") << QStringLiteral("VOICEMAIL") << CallStatus::Unknown << false;
    QTest::newRow("CANCELLED") << QStringLiteral("CANCELLED") << CallStatus::Unknown << false;
    QTest::newRow("unicode") << QStringLiteral("BESETZT \u00e9") << CallStatus::Unknown << false;
}

void TestPayloadParser::liveStatusValues()
{
    QFETCH(QString, text);
    QFETCH(CallStatus, status);
    QFETCH(bool, terminal);
    const ParseResult<CallSnapshot> result = parseLiveStatus(liveWith(QStringLiteral("status"), text));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result.value().status, status);
    QCOMPARE(result.value().statusText, text); // verbatim, never dropped
    QCOMPARE(result.value().isTerminal(), terminal);
    QCOMPARE(result.value().toJson().value(QLatin1String("status")).toString(), text);
}

void TestPayloadParser::liveNullsAndMissingOptionals()
{
    // Every nullable field null.
    QJsonObject allNull = objectOf(kLiveExample);
    for (const char *key : {"startTime", "phoneNumber", "contactId", "batchId", "error", "duration",
                            "recordingUrl", "endTime", "summary", "transcript", "metrics"})
        allNull.insert(QString::fromUtf8(key), kNull);
    ParseResult<CallSnapshot> result = parseLiveStatus(bodyOf(allNull));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result.value().callId, QStringLiteral("call_123"));
    QVERIFY(!result.value().startTime.isValid());
    QVERIFY(result.value().phoneNumber.isEmpty());
    QVERIFY(result.value().contactId.isEmpty());
    QVERIFY(!result.value().duration.has_value());
    QVERIFY(result.value().summary.isEmpty());
    QVERIFY(result.value().metrics.isEmpty());

    // Only the required fields.
    result = parseLiveStatus(R"({"callId":"call_9","status":"SCHEDULED"})");
    QVERIFY(result.ok());
    QCOMPARE(result.value().status, CallStatus::Scheduled);
    QVERIFY(!result.value().startTime.isValid());
    QVERIFY(!result.value().duration.has_value());

    // An empty timestamp string means "not known yet", not an error.
    result = parseLiveStatus(liveWith(QStringLiteral("startTime"), str("")));
    QVERIFY(result.ok());
    QVERIFY(!result.value().startTime.isValid());
}

void TestPayloadParser::liveExtraFieldsKeptInRaw()
{
    QJsonObject object = objectOf(kLiveExample);
    object.insert(QStringLiteral("carrier"), QStringLiteral("ACME"));
    object.insert(QStringLiteral("cost"), QJsonObject{{QStringLiteral("usd"), 0.12}});
    const ParseResult<CallSnapshot> result = parseLiveStatus(bodyOf(object));
    QVERIFY(result.ok());
    QCOMPARE(result.value().raw.value(QLatin1String("carrier")).toString(), QStringLiteral("ACME"));
    QCOMPARE(
        result.value().raw.value(QLatin1String("cost")).toObject().value(QLatin1String("usd")).toDouble(),
        0.12);
    QVERIFY(!result.value().toJson().contains(QLatin1String("carrier")));
}

void TestPayloadParser::liveWrongTypes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *field, const QJsonValue &value, const char *expected) {
        QTest::newRow(name) << liveWith(QString::fromUtf8(field), value) << QString::fromUtf8(expected);
    };
    row("callId missing", "callId", kMissing, "callId: required field is missing");
    row("callId null", "callId", kNull, "callId: required field is null");
    row("callId number", "callId", 123, "callId: expected a string, got a number");
    row("callId blank", "callId", str("  "), "callId: must not be empty");
    row("status missing", "status", kMissing, "status: required field is missing");
    row("status null", "status", kNull, "status: required field is null");
    row("status number", "status", 2, "status: expected a string, got a number");
    row("status empty", "status", str(""), "status: must not be empty");
    row("status object", "status", QJsonObject{{QStringLiteral("code"), 1}},
        "status: expected a string, got an object");
    row("startTime number", "startTime", 1731681001, "startTime: expected a string, got a number");
    row("startTime prose", "startTime", str("yesterday"),
        "startTime: not an ISO 8601 timestamp: \"yesterday\"");
    row("startTime no time", "startTime", str("2025-11-15"),
        "startTime: not an ISO 8601 timestamp: \"2025-11-15\"");
    row("phoneNumber number", "phoneNumber", 15551234567.0, "phoneNumber: expected a string, got a number");
    row("contactId object", "contactId", QJsonObject(), "contactId: expected a string, got an object");
    row("batchId array", "batchId", QJsonArray(), "batchId: expected a string, got an array");
    row("error boolean", "error", true, "error: expected a string, got a boolean");
    row("duration numeric string", "duration", str("180"), "duration: expected a number, got a string");
    row("duration text", "duration", str("3 min"), "duration: expected a number, got a string");
    row("duration bool", "duration", false, "duration: expected a number, got a boolean");
    row("duration negative", "duration", -5, "duration: expected a non-negative number, got -5");
    row("duration huge", "duration", 1e300, "duration: number out of range: 1e+300");
    row("recordingUrl number", "recordingUrl", 7, "recordingUrl: expected a string, got a number");
    row("recordingUrl object", "recordingUrl", QJsonObject(),
        "recordingUrl: expected a string, got an object");
    row("endTime garbage", "endTime", str("2025-11-15T25:00:00Z"),
        "endTime: not an ISO 8601 timestamp: \"2025-11-15T25:00:00Z\"");
    row("summary number", "summary", 1, "summary: expected a string, got a number");
    row("transcript number", "transcript", 1, "transcript: expected an array, got a number");
    row("transcript element", "transcript", QJsonArray{QJsonObject(), str("hi")},
        "transcript[1]: expected an object, got a string");
    row("transcript content", "transcript", QJsonArray{QJsonObject{{QStringLiteral("content"), 5}}},
        "transcript[0].content: expected a string, got a number");
    row("metrics array", "metrics", QJsonArray(), "metrics: expected an object, got an array");
    row("metrics bad string", "metrics", str("[1,2]"),
        "metrics: expected an object, got a string that does not hold a JSON object");
}

void TestPayloadParser::liveWrongTypes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const ParseResult<CallSnapshot> result = parseLiveStatus(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().toString(), expected);
}

void TestPayloadParser::durationNumbers_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("known");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("integer") << QJsonValue(180) << true << qint64(180);
    QTest::newRow("float whole") << QJsonValue(180.0) << true << qint64(180);
    QTest::newRow("float rounds up") << QJsonValue(179.6) << true << qint64(180);
    QTest::newRow("float rounds down") << QJsonValue(180.4) << true << qint64(180);
    QTest::newRow("zero") << QJsonValue(0) << true << qint64(0);
    QTest::newRow("long call") << QJsonValue(qint64(86400) * 3) << true << qint64(259200);
    QTest::newRow("null") << kNull << false << qint64(0);
    QTest::newRow("missing") << kMissing << false << qint64(0);
}

void TestPayloadParser::durationNumbers()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, known);
    QFETCH(qint64, seconds);
    const ParseResult<CallSnapshot> result = parseLiveStatus(liveWith(QStringLiteral("duration"), value));
    QVERIFY(result.ok());
    QCOMPARE(result.value().duration.has_value(), known);
    if (known)
        QCOMPARE(*result.value().duration, seconds);
}

void TestPayloadParser::recordingUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: not offered as a link
    QTest::newRow("https") << QStringLiteral("https://cdn.dialgen.ai/r/call_1.mp3")
                           << QStringLiteral("https://cdn.dialgen.ai/r/call_1.mp3");
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080/r/x.mp3")
                                   << QStringLiteral("http://127.0.0.1:8080/r/x.mp3");
    QTest::newRow("query kept") << QStringLiteral("https://s3.example.com/r.mp3?X-Amz-Signature=ab%2Fcd")
                                << QStringLiteral("https://s3.example.com/r.mp3?X-Amz-Signature=ab%2Fcd");
    QTest::newRow("docs placeholder") << QStringLiteral("https://...") << QString();
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << QString();
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QString();
    QTest::newRow("relative") << QStringLiteral("/recordings/x.mp3") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPayloadParser::recordingUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const ParseResult<CallSnapshot> result = parseLiveStatus(liveWith(QStringLiteral("recordingUrl"), text));
    QVERIFY(result.ok());
    QCOMPARE(result.value().recordingUrl.toString(QUrl::FullyEncoded), expected);
    QCOMPARE(result.value().raw.value(QLatin1String("recordingUrl")).toString(), text); // still readable
}

void TestPayloadParser::liveSuccessFalseIsAnError()
{
    const ParseResult<CallSnapshot> result =
        parseLiveStatus(R"({"success": false, "error": "Call not found", "code": "NOT_FOUND"})");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().toString(),
             QStringLiteral("success: the server reported a failure: Call not found (NOT_FOUND)"));
}

void TestPayloadParser::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: rejected

    const QDateTime base = utc(2025, 11, 15, 14, 30, 1, 123);
    const QDateTime whole = utc(2025, 11, 15, 14, 30, 1);
    QTest::newRow("docs example") << QStringLiteral("2025-11-15T14:30:01.123Z") << base;
    QTest::newRow("no millis") << QStringLiteral("2025-11-15T14:30:01Z") << whole;
    QTest::newRow("one digit") << QStringLiteral("2025-11-15T14:30:01.1Z")
                               << utc(2025, 11, 15, 14, 30, 1, 100);
    QTest::newRow("two digits") << QStringLiteral("2025-11-15T14:30:01.12Z")
                                << utc(2025, 11, 15, 14, 30, 1, 120);
    QTest::newRow("micros") << QStringLiteral("2025-11-15T14:30:01.123456Z") << base;
    QTest::newRow("nanos truncated") << QStringLiteral("2025-11-15T14:30:01.123999999Z") << base;
    QTest::newRow("comma fraction") << QStringLiteral("2025-11-15T14:30:01,123Z") << base;
    QTest::newRow("+02:00") << QStringLiteral("2025-11-15T16:30:01.123+02:00") << base;
    QTest::newRow("+0200") << QStringLiteral("2025-11-15T16:30:01.123+0200") << base;
    QTest::newRow("+02") << QStringLiteral("2025-11-15T16:30:01.123+02") << base;
    QTest::newRow("-05:30 crosses midnight")
        << QStringLiteral("2025-11-14T23:00:01-05:30") << utc(2025, 11, 15, 4, 30, 1);
    QTest::newRow("+00:00") << QStringLiteral("2025-11-15T14:30:01+00:00") << whole;
    QTest::newRow("no zone is UTC") << QStringLiteral("2025-11-15T14:30:01.123") << base;
    QTest::newRow("no seconds") << QStringLiteral("2025-11-15T14:30Z") << utc(2025, 11, 15, 14, 30, 0);
    QTest::newRow("lower case t z") << QStringLiteral("2025-11-15t14:30:01.123z") << base;
    QTest::newRow("space separator") << QStringLiteral("2025-11-15 14:30:01.123Z") << base;
    QTest::newRow("padded") << QStringLiteral("  2025-11-15T14:30:01.123Z\n") << base;
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z") << utc(2024, 2, 29, 0, 0, 0);

    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2025-11-15") << QDateTime();
    QTest::newRow("month 13") << QStringLiteral("2025-13-01T00:00:00Z") << QDateTime();
    QTest::newRow("30 February") << QStringLiteral("2025-02-30T00:00:00Z") << QDateTime();
    QTest::newRow("hour 25") << QStringLiteral("2025-11-15T25:00:00Z") << QDateTime();
    QTest::newRow("dot without digits") << QStringLiteral("2025-11-15T14:30:01.Z") << QDateTime();
    QTest::newRow("short offset") << QStringLiteral("2025-11-15T14:30:01+2:00") << QDateTime();
    QTest::newRow("offset 24h") << QStringLiteral("2025-11-15T14:30:01+24:00") << QDateTime();
    QTest::newRow("dangling colon") << QStringLiteral("2025-11-15T14:30:01+02:") << QDateTime();
    QTest::newRow("trailing garbage") << QStringLiteral("2025-11-15T14:30:01Zjunk") << QDateTime();
    QTest::newRow("epoch seconds") << QStringLiteral("1731681001") << QDateTime();
    QTest::newRow("US style") << QStringLiteral("11/15/2025 14:30") << QDateTime();
    QTest::newRow("two-digit year") << QStringLiteral("25-11-15T14:30:01Z") << QDateTime();
    QTest::newRow("arabic-indic digits")
        << QStringLiteral("\u0662\u0660\u0662\u0665-11-15T14:30:01Z") << QDateTime();
    // Found by fuzz_payloadparser: an offset must not carry a time out of the years 1-9999, where it could
    // no longer be written back as ISO 8601.
    QTest::newRow("offset into year 10000") << QStringLiteral("9999-12-31T23:59:59.999-01:00") << QDateTime();
    QTest::newRow("offset before year 1") << QStringLiteral("0001-01-01T00:30:00+01:00") << QDateTime();
    QTest::newRow("last instant of 9999")
        << QStringLiteral("9999-12-31T23:59:59.999Z") << utc(9999, 12, 31, 23, 59, 59, 999);
    QTest::newRow("first day of year 1")
        << QStringLiteral("0001-01-01T01:30:00+01:00") << utc(1, 1, 1, 0, 30, 0);
}

void TestPayloadParser::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseTimestamp(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QVERIFY2(parsed.toString(Qt::ISODateWithMs).endsWith(QLatin1Char('Z')),
                 qPrintable(parsed.toString(Qt::ISODateWithMs))); // stored as UTC, not as an offset
    }
}

void TestPayloadParser::timestampInPayloadIsUtc()
{
    const ParseResult<CallSnapshot> result =
        parseLiveStatus(liveWith(QStringLiteral("startTime"), str("2025-11-15T16:30:01.123+0200")));
    QVERIFY(result.ok());
    QCOMPARE(result.value().startTime, utc(2025, 11, 15, 14, 30, 1, 123));
    QCOMPARE(result.value().toJson().value(QLatin1String("startTime")).toString(),
             QStringLiteral("2025-11-15T14:30:01.123Z"));
}

void TestPayloadParser::persistentWrapped()
{
    const ParseResult<CallSnapshot> result = parsePersistentStatus(kPersistentWrapped);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const CallSnapshot &call = result.value();
    QCOMPARE(call.callId, QStringLiteral("clx1a2b3c"));
    QCOMPARE(call.status, CallStatus::Completed);
    QCOMPARE(call.direction, QStringLiteral("OUTBOUND"));
    QCOMPARE(call.duration, std::optional<qint64>(180));
    QCOMPARE(call.startTime, utc(2025, 10, 1, 9, 15, 0, 250));
    QCOMPARE(call.endTime, utc(2025, 10, 1, 9, 18, 0, 250));
    QCOMPARE(call.contactName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(call.phoneNumber, QStringLiteral("+15551234567"));
    QCOMPARE(call.agent, QStringLiteral("Sales Assistant"));
    QCOMPARE(call.recordingUrl, QUrl(QStringLiteral("https://cdn.dialgen.ai/recordings/clx1a2b3c.mp3")));
    QCOMPARE(call.transcript.size(), 2);
    QCOMPARE(call.transcript.at(0),
             (TranscriptLine{QStringLiteral("assistant"), QStringLiteral("Hello, this is Dialgen.")}));
    QCOMPARE(call.transcript.at(1), (TranscriptLine{QStringLiteral("user"), QStringLiteral("Hi!")}));
    QCOMPARE(call.source, SnapshotSource::PersistentStatus);
    // raw is the call object itself, unknown fields included.
    QCOMPARE(call.raw.value(QLatin1String("somethingNew")).toInt(), 42);
    QVERIFY(!call.raw.contains(QLatin1String("success")));
}

void TestPayloadParser::persistentFlatEqualsWrapped()
{
    const ParseResult<CallSnapshot> wrapped = parsePersistentStatus(kPersistentWrapped);
    const ParseResult<CallSnapshot> flat = parsePersistentStatus(kPersistentFlat);
    QVERIFY(wrapped.ok());
    QVERIFY2(flat.ok(), qPrintable(flat.ok() ? QString() : flat.error().toString()));
    QCOMPARE(flat.value().toJson(), wrapped.value().toJson());
    QCOMPARE(flat.value().raw, wrapped.value().raw);
    QCOMPARE(flat.value().source, SnapshotSource::PersistentStatus);
}

void TestPayloadParser::persistentNullsAndNoLiveOnlyFields()
{
    const QByteArray body = R"({"success": true, "data": {"id": "CA42", "status": "MISSED", "direction": null,
        "duration": 0, "createdAt": "2025-10-01T09:15:00Z", "endedAt": null, "contact": null, "agent": null,
        "recordingUrl": null, "transcription": null}})";
    const ParseResult<CallSnapshot> result = parsePersistentStatus(body);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const CallSnapshot &call = result.value();
    QCOMPARE(call.status, CallStatus::Missed);
    QCOMPARE(call.duration, std::optional<qint64>(0)); // zero is known, not "unknown"
    QVERIFY(!call.endTime.isValid());
    QVERIFY(call.phoneNumber.isEmpty());
    QVERIFY(call.contactName.isEmpty());
    QVERIFY(call.transcript.isEmpty());
    // The persistent endpoint carries no contactId, batchId or error: they stay unknown.
    QVERIFY(call.contactId.isEmpty());
    QVERIFY(call.batchId.isEmpty());
    QVERIFY(call.error.isEmpty());
    const QJsonObject json = call.toJson();
    QVERIFY(json.value(QLatin1String("contactId")).isNull());
    QVERIFY(json.value(QLatin1String("batchId")).isNull());
}

void TestPayloadParser::persistentErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("id missing") << persistentWith(QStringLiteral("id"), kMissing)
                                << QStringLiteral("data.id: required field is missing");
    QTest::newRow("status missing") << persistentWith(QStringLiteral("status"), kMissing)
                                    << QStringLiteral("data.status: required field is missing");
    QTest::newRow("status number") << persistentWith(QStringLiteral("status"), 3)
                                   << QStringLiteral("data.status: expected a string, got a number");
    QTest::newRow("duration string") << persistentWith(QStringLiteral("duration"), str("180"))
                                     << QStringLiteral("data.duration: expected a number, got a string");
    QTest::newRow("createdAt bad") << persistentWith(QStringLiteral("createdAt"), str("01.10.2025"))
                                   << QStringLiteral(
                                          "data.createdAt: not an ISO 8601 timestamp: \"01.10.2025\"");
    QTest::newRow("contact string") << persistentWith(QStringLiteral("contact"), str("Ada"))
                                    << QStringLiteral("data.contact: expected an object, got a string");
    QTest::newRow("contact phone number")
        << persistentWith(QStringLiteral("contact"), QJsonObject{{QStringLiteral("phoneNumber"), 1555}})
        << QStringLiteral("data.contact.phoneNumber: expected a string, got a number");
    QTest::newRow("agent object") << persistentWith(QStringLiteral("agent"), QJsonObject())
                                  << QStringLiteral("data.agent: expected a string, got an object");
    QTest::newRow("transcription element")
        << persistentWith(QStringLiteral("transcription"), QJsonArray{QJsonObject(), 5})
        << QStringLiteral("data.transcription[1]: expected an object, got a number");
    QTest::newRow("transcription role")
        << persistentWith(QStringLiteral("transcription"),
                          QJsonArray{QJsonObject{{QStringLiteral("role"), true}}})
        << QStringLiteral("data.transcription[0].role: expected a string, got a boolean");
    QTest::newRow("data null") << QByteArray(R"({"success": true, "data": null})")
                               << QStringLiteral("data: required field is null");
    QTest::newRow("data array") << QByteArray(R"({"success": true, "data": []})")
                                << QStringLiteral("data: expected an object, got an array");
    QTest::newRow("success false") << QByteArray(R"({"success": false, "message": "Call not found"})")
                                   << QStringLiteral(
                                          "success: the server reported a failure: Call not found");
    QTest::newRow("flat without id") << QByteArray(R"({"status": "COMPLETED"})")
                                     << QStringLiteral("id: required field is missing");
}

void TestPayloadParser::persistentErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const ParseResult<CallSnapshot> result = parsePersistentStatus(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().toString(), expected);
}

void TestPayloadParser::batchStatus()
{
    const ParseResult<BatchCalls> result = parseBatchStatus(kBatchStatus);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const BatchCalls &batch = result.value();
    QCOMPARE(batch.batchId, QStringLiteral("batch_789"));
    QCOMPARE(batch.calls.size(), 4);
    for (const CallSnapshot &call : batch.calls) {
        QCOMPARE(call.batchId, QStringLiteral("batch_789"));
        QCOMPARE(call.source, SnapshotSource::BatchStatus);
    }
    QCOMPARE(batch.calls.at(0).callId, QStringLiteral("call_1"));
    QCOMPARE(batch.calls.at(0).status, CallStatus::Completed);
    QCOMPARE(batch.calls.at(0).duration, std::optional<qint64>(95));
    QCOMPARE(batch.calls.at(0).recordingUrl, QUrl(QStringLiteral("https://cdn.dialgen.ai/r/call_1.mp3")));
    QCOMPARE(batch.calls.at(1).callId, QStringLiteral("CA9f8e7d"));
    QCOMPARE(batch.calls.at(1).status, CallStatus::Missed);
    QCOMPARE(batch.calls.at(1).error, QStringLiteral("Call was not answered"));
    QCOMPARE(batch.calls.at(1).duration, std::optional<qint64>(0));
    QCOMPARE(batch.calls.at(1).startTime, utc(2025, 11, 15, 14, 31, 0));
    QCOMPARE(batch.calls.at(2).status, CallStatus::Scheduled);
    QCOMPARE(batch.calls.at(2).statusText, QStringLiteral("scheduled"));
    QVERIFY(!batch.calls.at(2).startTime.isValid());
    QCOMPARE(batch.calls.at(3).status, CallStatus::Unknown);
    QCOMPARE(batch.calls.at(3).statusText, QStringLiteral("VOICEMAIL"));
    QCOMPARE(batch.calls.at(3).startTime, utc(2025, 11, 15, 14, 31, 0));
    QCOMPARE(batch.calls.at(3).error, QStringLiteral("BUSY"));
    QCOMPARE(batch.calls.at(3).raw.value(QLatin1String("callId")).toString(), QStringLiteral("call_4"));
}

void TestPayloadParser::batchStatusEmpty()
{
    const ParseResult<BatchCalls> result = parseBatchStatus(R"({"batchId": "b", "calls": []})");
    QVERIFY(result.ok());
    QCOMPARE(result.value().batchId, QStringLiteral("b"));
    QVERIFY(result.value().calls.isEmpty());
}

void TestPayloadParser::batchStatusErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("duration string in calls[3]")
        << batchWithCall(3, QStringLiteral("duration"), str("12"))
        << QStringLiteral("calls[3].duration: expected a number, got a string");
    QTest::newRow("status missing in calls[2]")
        << batchWithCall(2, QStringLiteral("status"), kMissing)
        << QStringLiteral("calls[2].status: required field is missing");
    QTest::newRow("callId null in calls[0]") << batchWithCall(0, QStringLiteral("callId"), kNull)
                                             << QStringLiteral("calls[0].callId: required field is null");
    QTest::newRow("phone number in calls[1]")
        << batchWithCall(1, QStringLiteral("phoneNumber"), 1555)
        << QStringLiteral("calls[1].phoneNumber: expected a string, got a number");
    QTest::newRow("bad time in calls[1]")
        << batchWithCall(1, QStringLiteral("startTime"), str("noon"))
        << QStringLiteral("calls[1].startTime: not an ISO 8601 timestamp: \"noon\"");
    QTest::newRow("element not an object")
        << QByteArray(R"({"batchId": "b", "calls": [{"callId": "a", "status": "ONGOING"}, 42]})")
        << QStringLiteral("calls[1]: expected an object, got a number");
    QTest::newRow("calls missing") << QByteArray(R"({"batchId": "b"})")
                                   << QStringLiteral("calls: required field is missing");
    QTest::newRow("calls null") << QByteArray(R"({"batchId": "b", "calls": null})")
                                << QStringLiteral("calls: required field is null");
    QTest::newRow("calls object") << QByteArray(R"({"batchId": "b", "calls": {}})")
                                  << QStringLiteral("calls: expected an array, got an object");
    QTest::newRow("batchId number") << QByteArray(R"({"batchId": 7, "calls": []})")
                                    << QStringLiteral("batchId: expected a string, got a number");
}

void TestPayloadParser::batchStatusErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const ParseResult<BatchCalls> result = parseBatchStatus(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().toString(), expected);
}

void TestPayloadParser::batchStatusHuge()
{
    // The documented maximum batch: 100,000 calls in one body, no pagination.
    constexpr int kCalls = 100000;
    QByteArray body = "{\"batchId\":\"big\",\"calls\":[";
    body.reserve(kCalls * 190);
    for (int i = 0; i < kCalls; ++i) {
        if (i)
            body += ',';
        body += "{\"callId\":\"call_" + QByteArray::number(i) +
                "\",\"status\":\"ONGOING\",\"startTime\":\"2025-11-15T14:30:01.123Z\","
                "\"phoneNumber\":\"+1555000" +
                QByteArray::number(i) + "\",\"error\":null,\"duration\":" + QByteArray::number(i % 600) +
                ",\"recordingUrl\":null}";
    }
    body += "]}";

    QElapsedTimer timer;
    timer.start();
    const ParseResult<BatchCalls> result = parseBatchStatus(body);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(result.ok());
    QCOMPARE(result.value().calls.size(), kCalls);
    QCOMPARE(result.value().calls.last().callId, QStringLiteral("call_99999"));
    QCOMPARE(result.value().calls.last().duration, std::optional<qint64>(99999 % 600));
    QCOMPARE(result.value().calls.last().batchId, QStringLiteral("big"));
    QVERIFY2(elapsed < 20000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));

    // One bad element at the very end is still found and named.
    body.chop(3);
    body += "}, 3]}";
    const ParseResult<BatchCalls> bad = parseBatchStatus(body);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().toString(), QStringLiteral("calls[100000]: expected an object, got a number"));
}

void TestPayloadParser::batchStatistics()
{
    const ParseResult<BatchStatistics> result = parseBatchStatistics(kBatchStatistics);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const BatchStatistics &stats = result.value();
    QCOMPARE(stats.batchId, QStringLiteral("batch_789"));
    QCOMPARE(stats.status, QStringLiteral("processing"));
    QCOMPARE(stats.priority, QStringLiteral("high"));
    QCOMPARE(stats.total, 1000);
    QCOMPARE(stats.processed, 400);
    QCOMPARE(stats.succeeded, 350);
    QCOMPARE(stats.failed, 50);
    QCOMPARE(stats.pending, 600);
    QCOMPARE(stats.percentComplete, 40.0);
    QCOMPARE(stats.successRate, 87.5);
    QCOMPARE(stats.callsPerSecond, 2.5);
    QVERIFY(!stats.estimatedTimeRemaining.has_value()); // null: not known, not zero
    QCOMPARE(stats.elapsedTime, 160);
    QCOMPARE(stats.createdAt, utc(2025, 11, 15, 14, 0, 0));
    QCOMPARE(stats.startedAt, utc(2025, 11, 15, 14, 1, 0));
    QVERIFY(!stats.completedAt.isValid());
    QCOMPARE(stats.agentId, QStringLiteral("agent_42"));
    QCOMPARE(stats.userId, QStringLiteral("user_7"));
    QCOMPARE(stats.webhooks, objectOf(kWebhooksConfigExample).value(QLatin1String("webhooks")).toObject());
    QCOMPARE(stats.raw.value(QLatin1String("recentCalls")).toArray().size(), 1);
}

void TestPayloadParser::batchStatisticsEstimatedTimeRemaining()
{
    ParseResult<BatchStatistics> result = parseBatchStatistics(
        statisticsWith(QStringLiteral("performance"), QStringLiteral("estimatedTimeRemaining"), 240));
    QVERIFY(result.ok());
    QCOMPARE(result.value().estimatedTimeRemaining, std::optional<qint64>(240));

    // Lower-case batch statuses are kept as sent; minimal body.
    result = parseBatchStatistics(R"({"status": "cancelled"})");
    QVERIFY(result.ok());
    QCOMPARE(result.value().status, QStringLiteral("cancelled"));
    QCOMPARE(result.value().total, 0);
    QVERIFY(!result.value().estimatedTimeRemaining.has_value());

    // A wrapped answer is accepted too.
    result = parseBatchStatistics(
        R"({"success": true, "data": {"status": "completed", "statistics": {"total": 3}}})");
    QVERIFY(result.ok());
    QCOMPARE(result.value().total, 3);
}

void TestPayloadParser::batchStatisticsErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("status missing") << statisticsWith(QString(), QStringLiteral("status"), kMissing)
                                    << QStringLiteral("status: required field is missing");
    QTest::newRow("total string") << statisticsWith(QStringLiteral("statistics"), QStringLiteral("total"),
                                                    str("10"))
                                  << QStringLiteral("statistics.total: expected a number, got a string");
    QTest::newRow("failed fraction") << statisticsWith(QStringLiteral("statistics"), QStringLiteral("failed"),
                                                       2.5)
                                     << QStringLiteral("statistics.failed: expected a whole number, got 2.5");
    QTest::newRow("pending negative")
        << statisticsWith(QStringLiteral("statistics"), QStringLiteral("pending"), -1)
        << QStringLiteral("statistics.pending: expected a non-negative number, got -1");
    QTest::newRow("successRate string")
        << statisticsWith(QStringLiteral("statistics"), QStringLiteral("successRate"), str("87%"))
        << QStringLiteral("statistics.successRate: expected a number, got a string");
    QTest::newRow("eta string") << statisticsWith(QStringLiteral("performance"),
                                                  QStringLiteral("estimatedTimeRemaining"), str("soon"))
                                << QStringLiteral(
                                       "performance.estimatedTimeRemaining: expected a number, got a string");
    QTest::newRow("timestamps bad") << statisticsWith(QStringLiteral("timestamps"),
                                                      QStringLiteral("startedAt"), str("later"))
                                    << QStringLiteral(
                                           "timestamps.startedAt: not an ISO 8601 timestamp: \"later\"");
    QTest::newRow("statistics array") << statisticsWith(QString(), QStringLiteral("statistics"), QJsonArray())
                                      << QStringLiteral("statistics: expected an object, got an array");
    QTest::newRow("webhooks string") << statisticsWith(QString(), QStringLiteral("webhooks"), str("x"))
                                     << QStringLiteral("webhooks: expected an object, got a string");
    QTest::newRow("priority bool") << statisticsWith(QString(), QStringLiteral("priority"), true)
                                   << QStringLiteral(
                                          "priority: expected a string or a number, got a boolean");
}

void TestPayloadParser::batchStatisticsErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const ParseResult<BatchStatistics> result = parseBatchStatistics(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().toString(), expected);
}

void TestPayloadParser::batchList()
{
    const ParseResult<QList<BatchSummary>> result = parseBatchList(kBatchList);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const QList<BatchSummary> &list = result.value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).batchId, QStringLiteral("batch_2")); // order kept: newest first, as sent
    QCOMPARE(list.at(0).status, QStringLiteral("processing"));
    QCOMPARE(list.at(0).total, 10);
    QCOMPARE(list.at(0).processed, 4);
    QCOMPARE(list.at(0).succeeded, 3);
    QCOMPARE(list.at(0).failed, 1);
    QCOMPARE(list.at(0).percentComplete, 40.0);
    QCOMPARE(list.at(0).createdAt, utc(2025, 11, 16, 8, 0, 0));
    QCOMPARE(list.at(0).agentId, QStringLiteral("agent_42"));
    QCOMPARE(list.at(0).priority, QStringLiteral("normal"));
    QCOMPARE(list.at(1).priority, QStringLiteral("5")); // a numeric priority is kept as text
    QCOMPARE(list.at(1).percentComplete, 100.0);
}

void TestPayloadParser::batchListShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");        // -1: error expected
    QTest::addColumn<QString>("expected"); // the error

    QTest::newRow("empty array") << QByteArray("[]") << 0 << QString();
    QTest::newRow("wrapped data") << QByteArray(R"({"success": true, "data": [{"batchId": "b1"}]})") << 1
                                  << QString();
    QTest::newRow("wrapped batches") << QByteArray(R"({"batches": [{"batchId": "b1"}, {"batchId": "b2"}]})")
                                     << 2 << QString();
    QTest::newRow("element missing batchId")
        << QByteArray(R"([{"batchId": "b1"}, {"status": "completed"}])") << -1
        << QStringLiteral("[1].batchId: required field is missing");
    QTest::newRow("element not object") << QByteArray(R"([{"batchId": "b1"}, "b2"])") << -1
                                        << QStringLiteral("[1]: expected an object, got a string");
    QTest::newRow("wrapped element total")
        << QByteArray(R"({"data": [{"batchId": "b1", "total": "3"}]})") << -1
        << QStringLiteral("data[0].total: expected a number, got a string");
    QTest::newRow("object without list")
        << QByteArray(R"({"batchId": "b1"})") << -1
        << QStringLiteral("body: expected a JSON array of batches, got an object");
    QTest::newRow("success false") << QByteArray(R"({"success": false, "error": "Unauthorized"})") << -1
                                   << QStringLiteral("success: the server reported a failure: Unauthorized");
}

void TestPayloadParser::batchListShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(QString, expected);
    const ParseResult<QList<BatchSummary>> result = parseBatchList(body);
    if (count < 0) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().toString(), expected);
    } else {
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), count);
    }
}

void TestPayloadParser::callMetrics()
{
    const ParseResult<CallSnapshot> result = parseCallMetrics(kCallMetrics);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const CallSnapshot &call = result.value();
    QCOMPARE(call.callId, QStringLiteral("call_123"));
    QCOMPARE(call.contactId, QStringLiteral("contact_456"));
    QCOMPARE(call.agent, QStringLiteral("agent_42"));
    QCOMPARE(call.status, CallStatus::Completed);
    QCOMPARE(call.startTime, utc(2025, 11, 15, 14, 30, 1, 123));
    QCOMPARE(call.endTime, utc(2025, 11, 15, 14, 33, 1, 123));
    QCOMPARE(call.duration, std::optional<qint64>(180));
    QCOMPARE(call.phoneNumber, QStringLiteral("+15551234567"));
    QCOMPARE(call.contactName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(call.transcript.size(), 2);
    QCOMPARE(call.summary, QStringLiteral("Customer asked for a demo next week."));
    QCOMPARE(call.metrics.value(QLatin1String("sentiment")).toString(), QStringLiteral("positive"));
    QCOMPARE(call.metrics.value(QLatin1String("confidence")).toDouble(), 0.92);
    QCOMPARE(call.metrics.value(QLatin1String("keyPoints")).toArray().size(), 1);
    QCOMPARE(call.source, SnapshotSource::Metrics);
    QCOMPARE(call.raw.value(QLatin1String("id")).toString(), QStringLiteral("call_123"));
}

void TestPayloadParser::callMetricsShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected"); // empty: must parse

    QTest::newRow("metricJson as JSON text")
        << metricsWith(QStringLiteral("metricJson"), str(R"({"sentiment": "negative"})")) << QString();
    QTest::newRow("transcription as plain text")
        << metricsWith(QStringLiteral("transcription"), str("Agent: Hello\nUser: Hi")) << QString();
    QTest::newRow("nulls") << metricsWith(QStringLiteral("metricJson"), kNull) << QString();
    QTest::newRow("callData missing") << QByteArray(R"({"success": true, "metricSchema": {}})")
                                      << QStringLiteral("callData: required field is missing");
    QTest::newRow("callData string") << QByteArray(R"({"success": true, "callData": "x"})")
                                     << QStringLiteral("callData: expected an object, got a string");
    QTest::newRow("status number") << metricsWith(QStringLiteral("status"), 5)
                                   << QStringLiteral("callData.status: expected a string, got a number");
    QTest::newRow("id missing") << metricsWith(QStringLiteral("id"), kMissing)
                                << QStringLiteral("callData.id: required field is missing");
    QTest::newRow("metricJson number")
        << metricsWith(QStringLiteral("metricJson"), 1)
        << QStringLiteral("callData.metricJson: expected an object, got a number");
    QTest::newRow("agentId number") << metricsWith(QStringLiteral("agentId"), 42)
                                    << QStringLiteral("callData.agentId: expected a string, got a number");
    QTest::newRow("success false") << QByteArray(R"({"success": false, "error": "Forbidden", "code": 403})")
                                   << QStringLiteral(
                                          "success: the server reported a failure: Forbidden (403)");
}

void TestPayloadParser::callMetricsShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const ParseResult<CallSnapshot> result = parseCallMetrics(body);
    if (expected.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result.value().callId, QStringLiteral("call_123"));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().toString(), expected);
    }
    if (QByteArray(QTest::currentDataTag()) == "metricJson as JSON text")
        QCOMPARE(result.value().metrics.value(QLatin1String("sentiment")).toString(),
                 QStringLiteral("negative"));
    if (QByteArray(QTest::currentDataTag()) == "transcription as plain text") {
        QCOMPARE(result.value().transcript.size(), 1);
        QCOMPARE(result.value().transcript.first().content, QStringLiteral("Agent: Hello\nUser: Hi"));
        QVERIFY(result.value().transcript.first().role.isEmpty());
    }
}

void TestPayloadParser::webhookNested()
{
    // The webhook receiver hands over the whole object; callDataFromObject unwraps callData itself.
    const ParseResult<CallSnapshot> result = callDataFromObject(objectOf(kWebhookNested));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result.value().batchId, QStringLiteral("batch_789"));
    QCOMPARE(result.value().recordingUrl,
             QUrl(QStringLiteral("https://cdn.dialgen.ai/recordings/call_123.mp3")));
    QCOMPARE(result.value().summary, QStringLiteral("Booked."));
    QCOMPARE(result.value().metrics.value(QLatin1String("sentiment")).toString(), QStringLiteral("neutral"));

    // Given callData directly, the same snapshot; errors name the path the caller gives.
    const QJsonObject callData = objectOf(kWebhookNested).value(QLatin1String("callData")).toObject();
    const ParseResult<CallSnapshot> direct = callDataFromObject(callData, QStringLiteral("callData"));
    QVERIFY(direct.ok());
    QCOMPARE(direct.value().toJson(), result.value().toJson());
    QJsonObject broken = callData;
    broken.insert(QStringLiteral("duration"), QStringLiteral("180"));
    const ParseResult<CallSnapshot> bad = callDataFromObject(broken, QStringLiteral("callData"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().toString(), QStringLiteral("callData.duration: expected a number, got a string"));
}

void TestPayloadParser::webhookFlatExample()
{
    const ParseResult<CallSnapshot> result = liveCallFromObject(objectOf(kWebhookFlatExample));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const CallSnapshot &call = result.value();
    QCOMPARE(call.callId, QStringLiteral("call_123"));
    QCOMPARE(call.status, CallStatus::Completed);
    QCOMPARE(call.duration, std::optional<qint64>(180));
    QCOMPARE(call.contactId, QStringLiteral("contact_456"));
    QCOMPARE(call.summary, QStringLiteral("Call summary..."));
    QVERIFY(call.recordingUrl.isEmpty()); // "https://..." is the docs' placeholder, not a link
    QCOMPARE(call.raw.value(QLatin1String("event")).toString(), QStringLiteral("call.completed"));
}

void TestPayloadParser::errorBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("details");

    QTest::newRow("full shape")
        << QByteArray(R"({"error": "Bad Request", "code": "MISSING_FIELD", "message": "callId is required",
                          "details": {"field": "callId"}})")
        << QStringLiteral("Bad Request") << QStringLiteral("MISSING_FIELD")
        << QStringLiteral("callId is required") << QStringLiteral(R"({"field":"callId"})");
    QTest::newRow("error alone") << QByteArray(R"({"error": "Invalid API key"})")
                                 << QStringLiteral("Invalid API key") << QString()
                                 << QStringLiteral("Invalid API key") << QString();
    QTest::newRow("409 message and callId")
        << QByteArray(R"({"message": "A call is already in progress for this contact", "callId": "call_77"})")
        << QString() << QString() << QStringLiteral("A call is already in progress for this contact")
        << QString();
    QTest::newRow("nested error object")
        << QByteArray(R"({"error": {"code": "INSUFFICIENT_CREDITS", "message": "Not enough credits"}})")
        << QStringLiteral("Not enough credits") << QStringLiteral("INSUFFICIENT_CREDITS")
        << QStringLiteral("Not enough credits") << QString();
    QTest::newRow("numeric code, string details")
        << QByteArray(R"({"error": "Server error", "code": 500, "details": "db timeout"})")
        << QStringLiteral("Server error") << QStringLiteral("500") << QStringLiteral("Server error")
        << QStringLiteral("db timeout");
    QTest::newRow("multi-line message") << QByteArray(R"({"message": "Line one\n\tline two  "})") << QString()
                                        << QString() << QStringLiteral("Line one line two") << QString();
    QTest::newRow("plain text") << QByteArray("Bad Gateway\n") << QString() << QString()
                                << QStringLiteral("Bad Gateway") << QString();
    QTest::newRow("html page")
        << QByteArray("<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>")
        << QString() << QString() << QStringLiteral("502 Bad Gateway") << QString();
    QTest::newRow("html without title")
        << QByteArray("<html><body><p>Service <b>down</b></p></body></html>") << QString() << QString()
        << QStringLiteral("Service down") << QString();
    QTest::newRow("truncated json") << QByteArray(R"({"error": "Unauth)") << QString() << QString()
                                    << QStringLiteral(R"({"error": "Unauth)") << QString();
    QTest::newRow("json array") << QByteArray(R"(["x", 1])") << QString() << QString()
                                << QStringLiteral(R"(["x",1])") << QString();
    QTest::newRow("empty") << QByteArray() << QString() << QString() << QString() << QString();
    QTest::newRow("whitespace") << QByteArray(" \r\n ") << QString() << QString() << QString() << QString();
    QTest::newRow("empty object") << QByteArray("{}") << QString() << QString() << QString() << QString();
    QTest::newRow("control characters") << QByteArray("Oops\x01\x02 here") << QString() << QString()
                                        << QStringLiteral("Oops here") << QString();
}

void TestPayloadParser::errorBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, details);
    const ServerErrorBody parsed = parseErrorBody(body);
    QCOMPARE(parsed.error, error);
    QCOMPARE(parsed.code, code);
    QCOMPARE(parsed.message, message);
    QCOMPARE(parsed.details, details);
}

void TestPayloadParser::errorBodyLongTextIsCapped()
{
    const QByteArray body = QByteArray("Error: ") + QByteArray(5000, 'x');
    const ServerErrorBody parsed = parseErrorBody(body);
    QCOMPARE(parsed.message.size(), 300);
    QVERIFY(parsed.message.startsWith(QLatin1String("Error: xxx")));
    QCOMPARE(parsed.message.back(), QChar(0x2026));
    QVERIFY(!parsed.message.contains(QLatin1Char('\n')));
}

void TestPayloadParser::notAnObject_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("array") << QByteArray("[]")
                           << QStringLiteral("body: expected a JSON object, got an array");
    QTest::newRow("array of object") << QByteArray(R"([{"callId": "c", "status": "ONGOING"}])")
                                     << QStringLiteral("body: expected a JSON object, got an array");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("body: empty response");
    QTest::newRow("blank") << QByteArray("\n  \n") << QStringLiteral("body: empty response");
}

void TestPayloadParser::notAnObject()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const ParseResult<CallSnapshot> live = parseLiveStatus(body);
    QVERIFY(!live.ok());
    QCOMPARE(live.error().toString(), expected);
    QCOMPARE(parsePersistentStatus(body).error().toString(), expected);
    QCOMPARE(parseCallMetrics(body).error().toString(), expected);
    QCOMPARE(parseBatchStatus(body).error().toString(), expected);
    QCOMPARE(parseBatchStatistics(body).error().toString(), expected);

    // Scalars are not objects either, whatever the JSON parser thinks of them.
    for (const char *scalar : {"42", "\"text\"", "null", "true"}) {
        const ParseResult<CallSnapshot> result = parseLiveStatus(QByteArray(scalar));
        QVERIFY2(!result.ok(), scalar);
        QVERIFY2(result.error().field.isEmpty(), scalar);
    }
}

void TestPayloadParser::truncatedJsonNeverParses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("parser");
    QTest::newRow("live") << kLiveExample << 0;
    QTest::newRow("persistent") << kPersistentWrapped << 1;
    QTest::newRow("batch status") << kBatchStatus << 2;
    QTest::newRow("batch statistics") << kBatchStatistics << 3;
    QTest::newRow("batch list") << kBatchList << 4;
    QTest::newRow("metrics") << kCallMetrics << 5;
}

void TestPayloadParser::truncatedJsonNeverParses()
{
    QFETCH(QByteArray, body);
    QFETCH(int, parser);
    const auto parse = [parser](const QByteArray &bytes) -> std::optional<ParseError> {
        switch (parser) {
        case 0: {
            const auto r = parseLiveStatus(bytes);
            return r.ok() ? std::nullopt : std::optional<ParseError>(r.error());
        }
        case 1: {
            const auto r = parsePersistentStatus(bytes);
            return r.ok() ? std::nullopt : std::optional<ParseError>(r.error());
        }
        case 2: {
            const auto r = parseBatchStatus(bytes);
            return r.ok() ? std::nullopt : std::optional<ParseError>(r.error());
        }
        case 3: {
            const auto r = parseBatchStatistics(bytes);
            return r.ok() ? std::nullopt : std::optional<ParseError>(r.error());
        }
        case 4: {
            const auto r = parseBatchList(bytes);
            return r.ok() ? std::nullopt : std::optional<ParseError>(r.error());
        }
        default: {
            const auto r = parseCallMetrics(bytes);
            return r.ok() ? std::nullopt : std::optional<ParseError>(r.error());
        }
        }
    };
    QVERIFY(!parse(body).has_value()); // the whole body is fine
    for (qsizetype length = 0; length < body.size(); ++length) {
        const QByteArray prefix = body.left(length);
        const std::optional<ParseError> error = parse(prefix);
        QVERIFY2(error.has_value(), prefix.constData());
        QVERIFY2(error->field.isEmpty(), prefix.constData());
        QVERIFY2(error->toString().startsWith(QLatin1String("body: not valid JSON (")) ||
                     error->toString() == QLatin1String("body: empty response"),
                 qPrintable(error->toString()));
        QVERIFY(!parseErrorBody(prefix).message.isEmpty() || prefix.trimmed().isEmpty());
    }
    QCOMPARE(parse(body.left(body.size() / 2))->toString().left(22),
             QStringLiteral("body: not valid JSON ("));
}

void TestPayloadParser::deepNesting()
{
    // Far deeper than QJsonDocument's own nesting limit: an error, not a stack overflow.
    const QByteArray arrays(200000, '[');
    QVERIFY(!parseLiveStatus(arrays).ok());
    QVERIFY(!parseBatchList(arrays).ok());
    QByteArray objects;
    for (int i = 0; i < 100000; ++i)
        objects += "{\"a\":";
    const ParseResult<CallSnapshot> result = parseLiveStatus(objects);
    QVERIFY(!result.ok());
    QVERIFY(result.error().toString().startsWith(QLatin1String("body: not valid JSON (")));
    QVERIFY(!parseErrorBody(objects).message.isEmpty());

    // Deep but legal nesting inside an unknown field is kept in raw and does not disturb parsing.
    QByteArray nested = "{\"callId\":\"c\",\"status\":\"ONGOING\",\"extra\":";
    for (int i = 0; i < 500; ++i)
        nested += "[";
    for (int i = 0; i < 500; ++i)
        nested += "]";
    nested += "}";
    const ParseResult<CallSnapshot> ok = parseLiveStatus(nested);
    QVERIFY(ok.ok());
    QVERIFY(ok.value().raw.value(QLatin1String("extra")).isArray());
}

void TestPayloadParser::garbageBytes()
{
    QByteArray noise;
    quint32 state = 12345;
    for (int round = 0; round < 200; ++round) {
        noise.resize(1 + round * 7);
        for (char &c : noise) {
            state = state * 1103515245u + 12345u;
            c = static_cast<char>(state >> 16);
        }
        QVERIFY(!parseLiveStatus(noise).ok());
        QVERIFY(!parseBatchStatus(noise).ok());
        QVERIFY(!parseBatchList(noise).ok());
        QVERIFY(parseErrorBody(noise).message.size() <= 300);
    }
}

void TestPayloadParser::roundTrip_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("shape"); // 0 live, 1 persistent, 2 metrics
    QTest::newRow("live example") << kLiveExample << 0;
    QTest::newRow("webhook flat") << kWebhookFlatExample << 0;
    QTest::newRow("unknown status") << liveWith(QStringLiteral("status"), str("VOICEMAIL")) << 0;
    QTest::newRow("offset timestamp")
        << liveWith(QStringLiteral("startTime"), str("2025-11-15T16:30:01+02:00")) << 0;
    QTest::newRow("persistent") << kPersistentWrapped << 1;
    QTest::newRow("metrics") << kCallMetrics << 2;
    QTest::newRow("webhook nested") << kWebhookNested << 2;
}

void TestPayloadParser::roundTrip()
{
    QFETCH(QByteArray, body);
    QFETCH(int, shape);
    const ParseResult<CallSnapshot> first = shape == 0   ? parseLiveStatus(body)
                                            : shape == 1 ? parsePersistentStatus(body)
                                                         : parseCallMetrics(body);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    const CallSnapshot &a = first.value();
    const ParseResult<CallSnapshot> second = parseLiveStatus(bodyOf(a.toJson()));
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
    const CallSnapshot &b = second.value();
    QCOMPARE(b.callId, a.callId);
    QCOMPARE(b.status, a.status);
    QCOMPARE(b.statusText, a.statusText);
    QCOMPARE(b.startTime, a.startTime);
    QCOMPARE(b.endTime, a.endTime);
    QCOMPARE(b.phoneNumber, a.phoneNumber);
    QCOMPARE(b.contactId, a.contactId);
    QCOMPARE(b.contactName, a.contactName);
    QCOMPARE(b.batchId, a.batchId);
    QCOMPARE(b.agent, a.agent);
    QCOMPARE(b.direction, a.direction);
    QCOMPARE(b.error, a.error);
    QCOMPARE(b.duration, a.duration);
    QCOMPARE(b.recordingUrl, a.recordingUrl);
    QCOMPARE(b.transcript, a.transcript);
    QCOMPARE(b.summary, a.summary);
    QCOMPARE(b.metrics, a.metrics);
    QCOMPARE(b.toJson(), a.toJson());
}

QTEST_GUILESS_MAIN(TestPayloadParser)
#include "tst_payloadparser.moc"
