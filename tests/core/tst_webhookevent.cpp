#include "testsupport.h"

#include "payloadparser.h"
#include "webhookevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace cw;

class TestWebhookEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void flatCallFields();
    void nestedCallFields();
    void batchCompletedFields();
    void batchFailedFields();
    void nonTerminalAndUnknownStatusesAreKept();
    void rejects_data();
    void rejects();
    void deepNestingIsAnErrorNotACrash();
    void knownEvents();
};

namespace {

const QDateTime kReceived = QDateTime(QDate(2025, 11, 15), QTime(14, 35, 0), QTimeZone::utc());

QByteArray json(const char *text)
{
    return QByteArray(text);
}

const char *const kFlat = R"({"event": "call.completed", "callId": "call_123", "status": "COMPLETED",
    "duration": 180, "contactId": "contact_456", "summary": "Booked a demo for Tuesday.",
    "recordingUrl": "https://recordings.example.com/call_123.mp3"})";

const char *const kNested = R"({"success": true,
    "callData": {"id": "clx9abc", "contactId": "contact_9", "agentId": "agent_7", "batchId": "batch_1",
        "status": "COMPLETED", "startTime": "2025-11-15T14:30:01.123Z", "endTime": "2025-11-15T14:33:01Z",
        "duration": 180, "phoneNumber": "+15551234567", "contactName": "Ada Lovelace",
        "transcription": [{"role": "assistant", "content": "Hello"}, {"role": "user", "content": "Hi"}],
        "recordingUrl": "https://recordings.example.com/clx9abc.mp3", "summary": "Interested.",
        "metricJson": {"sentiment": "positive", "confidence": 0.9}},
    "metricSchema": {"sentiment": {"type": "string"}}})";

const char *const kBatchCompleted =
    R"({"event": "batch.completed", "batchId": "batch_1", "agentId": "agent_7",
    "userId": "user_3", "statistics": {"total": 100, "processed": 100, "succeeded": 80, "failed": 20,
        "pending": 0, "percentComplete": 100, "successRate": 80},
    "timestamps": {"createdAt": "2025-11-15T10:00:00.000Z", "startedAt": "2025-11-15T10:00:05.000Z",
        "completedAt": "2025-11-15T14:00:00.000Z"}})";

const char *const kBatchFailed = R"({"event": "batch.failed", "batchId": "batch_2", "agentId": "agent_7",
    "error": "Not enough credits to continue", "code": "INSUFFICIENT_CREDITS",
    "timestamp": "2025-11-15T12:00:00.000Z"})";

} // namespace

void TestWebhookEvent::accepts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("shape");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subject");

    const int call = int(WebhookEvent::Kind::Call);
    const int completed = int(WebhookEvent::Kind::BatchCompleted);
    const int failed = int(WebhookEvent::Kind::BatchFailed);
    const int flat = int(WebhookEvent::Shape::Flat);
    const int nested = int(WebhookEvent::Shape::Nested);

    QTest::newRow("flat, documented") << json(kFlat) << call << flat << "call.completed"
                                      << "call_123";
    QTest::newRow("flat, optional fields null")
        << json(R"({"event":"call.completed","callId":"c1","status":"MISSED","duration":null,
                    "contactId":null,"summary":null,"recordingUrl":null})")
        << call << flat << "call.completed"
        << "c1";
    QTest::newRow("flat, optional fields missing")
        << json(R"({"event":"call.completed","callId":"c2","status":"FAILED"})") << call << flat
        << "call.completed"
        << "c2";
    QTest::newRow("flat, unknown fields ignored")
        << json(R"({"event":"call.completed","callId":"c3","status":"COMPLETED","x-extra":{"a":[1,2]}})")
        << call << flat << "call.completed"
        << "c3";
    QTest::newRow("flat, placeholder recording url")
        << json(
               R"({"event":"call.completed","callId":"c4","status":"COMPLETED","recordingUrl":"https://..."})")
        << call << flat << "call.completed"
        << "c4";
    QTest::newRow("nested, documented") << json(kNested) << call << nested << ""
                                        << "clx9abc";
    QTest::newRow("nested, with an event name")
        << json(R"({"event":"call.completed","success":true,"callData":{"id":"n1","status":"COMPLETED"}})")
        << call << nested << "call.completed"
        << "n1";
    QTest::newRow("nested, minimal callData")
        << json(R"({"callData":{"id":"n2","status":"MISSED"}})") << call << nested << ""
        << "n2";
    QTest::newRow("nested, nulls everywhere")
        << json(R"({"success":true,"callData":{"id":"n3","status":"FAILED","contactId":null,"agentId":null,
                    "batchId":null,"startTime":null,"endTime":null,"duration":null,"phoneNumber":null,
                    "contactName":null,"transcription":null,"recordingUrl":null,"summary":null,
                    "metricJson":null},"metricSchema":null})")
        << call << nested << ""
        << "n3";
    QTest::newRow("nested, metricJson as JSON text")
        << json(R"({"success":true,"callData":{"id":"n4","status":"COMPLETED",
                    "metricJson":"{\"intent\":\"buy\"}"}})")
        << call << nested << ""
        << "n4";
    QTest::newRow("batch.completed, documented")
        << json(kBatchCompleted) << completed << flat << "batch.completed"
        << "batch_1";
    QTest::newRow("batch.completed, no timestamps, no ids")
        << json(R"({"event":"batch.completed","batchId":"b2","statistics":{"total":3}})") << completed << flat
        << "batch.completed"
        << "b2";
    QTest::newRow("batch.completed, null fields")
        << json(R"({"event":"batch.completed","batchId":"b3","agentId":null,"userId":null,
                    "statistics":{"total":null,"succeeded":null},"timestamps":null})")
        << completed << flat << "batch.completed"
        << "b3";
    QTest::newRow("batch.failed, documented") << json(kBatchFailed) << failed << flat << "batch.failed"
                                              << "batch_2";
    QTest::newRow("batch.failed, only the id")
        << json(R"({"event":"batch.failed","batchId":"b4"})") << failed << flat << "batch.failed"
        << "b4";
    QTest::newRow("batch.failed, numeric code, null error")
        << json(R"({"event":"batch.failed","batchId":"b5","code":402,"error":null,"timestamp":""})") << failed
        << flat << "batch.failed"
        << "b5";
    QTest::newRow("utf-8 text") << QByteArray(R"({"event":"call.completed","callId":"c5","status":"COMPLETED",
                    "summary":"Kunde möchte Rückruf — 折り返し"})")
                                << call << flat << "call.completed"
                                << "c5";
}

void TestWebhookEvent::accepts()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(int, shape);
    QFETCH(QString, name);
    QFETCH(QString, subject);
    const ParseResult<WebhookEvent> parsed = parseWebhookEvent(body, kReceived);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
    const WebhookEvent &event = parsed.value();
    QCOMPARE(int(event.kind), kind);
    QCOMPARE(int(event.shape), shape);
    QCOMPARE(event.name, name);
    QCOMPARE(event.subjectId(), subject);
    QCOMPARE(event.receivedAt, kReceived);
    QVERIFY(!event.raw.isEmpty());
    if (event.isCall()) {
        QCOMPARE(event.call.source, SnapshotSource::Webhook);
        QCOMPARE(event.call.receivedAt, kReceived);
        QVERIFY(!event.call.statusText.isEmpty());
    }
}

void TestWebhookEvent::flatCallFields()
{
    const ParseResult<WebhookEvent> parsed = parseWebhookEvent(json(kFlat), kReceived);
    QVERIFY(parsed.ok());
    const CallSnapshot &call = parsed.value().call;
    QCOMPARE(call.callId, QStringLiteral("call_123"));
    QCOMPARE(call.status, CallStatus::Completed);
    QCOMPARE(call.duration, std::optional<qint64>(180));
    QCOMPARE(call.contactId, QStringLiteral("contact_456"));
    QCOMPARE(call.summary, QStringLiteral("Booked a demo for Tuesday."));
    QCOMPARE(call.recordingUrl, QUrl(QStringLiteral("https://recordings.example.com/call_123.mp3")));
    QVERIFY(!call.startTime.isValid()); // not sent: unknown, not made up
    QVERIFY(call.batchId.isEmpty());
    QCOMPARE(call.raw.value(QLatin1String("event")).toString(), QStringLiteral("call.completed"));

    const ParseResult<WebhookEvent> nulls = parseWebhookEvent(
        json(R"({"event":"call.completed","callId":"c1","status":"MISSED","duration":null,"summary":null})"));
    QVERIFY(nulls.ok());
    QVERIFY(!nulls.value().call.duration.has_value());
    QVERIFY(nulls.value().call.summary.isEmpty());
    QVERIFY(!nulls.value().receivedAt.isValid()); // none given
}

void TestWebhookEvent::nestedCallFields()
{
    const ParseResult<WebhookEvent> parsed = parseWebhookEvent(json(kNested), kReceived);
    QVERIFY(parsed.ok());
    const WebhookEvent &event = parsed.value();
    const CallSnapshot &call = event.call;
    QCOMPARE(call.callId, QStringLiteral("clx9abc"));
    QCOMPARE(call.status, CallStatus::Completed);
    QCOMPARE(call.contactId, QStringLiteral("contact_9"));
    QCOMPARE(call.agent, QStringLiteral("agent_7"));
    QCOMPARE(call.batchId, QStringLiteral("batch_1"));
    QCOMPARE(event.batchId, QStringLiteral("batch_1"));
    QCOMPARE(event.agentId, QStringLiteral("agent_7"));
    QCOMPARE(call.startTime, QDateTime(QDate(2025, 11, 15), QTime(14, 30, 1, 123), QTimeZone::utc()));
    QCOMPARE(call.endTime, QDateTime(QDate(2025, 11, 15), QTime(14, 33, 1), QTimeZone::utc()));
    QCOMPARE(call.duration, std::optional<qint64>(180));
    QCOMPARE(call.phoneNumber, QStringLiteral("+15551234567"));
    QCOMPARE(call.contactName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(call.transcript.size(), 2);
    QCOMPARE(call.transcript.at(1), (TranscriptLine{QStringLiteral("user"), QStringLiteral("Hi")}));
    QCOMPARE(call.summary, QStringLiteral("Interested."));
    QCOMPARE(call.metrics.value(QLatin1String("sentiment")).toString(), QStringLiteral("positive"));
    QCOMPARE(event.metricSchema.keys(), QStringList{QStringLiteral("sentiment")});
    QCOMPARE(call.source, SnapshotSource::Webhook); // restamped from the metrics parser's source
    QCOMPARE(call.raw.value(QLatin1String("id")).toString(), QStringLiteral("clx9abc")); // callData itself
}

void TestWebhookEvent::batchCompletedFields()
{
    const ParseResult<WebhookEvent> parsed = parseWebhookEvent(json(kBatchCompleted), kReceived);
    QVERIFY(parsed.ok());
    const WebhookEvent &event = parsed.value();
    const BatchStatistics &stats = event.statistics;
    QCOMPARE(event.batchId, QStringLiteral("batch_1"));
    QCOMPARE(event.agentId, QStringLiteral("agent_7"));
    QCOMPARE(event.userId, QStringLiteral("user_3"));
    QCOMPARE(stats.batchId, QStringLiteral("batch_1"));
    QCOMPARE(stats.status, QStringLiteral("completed"));
    QCOMPARE(stats.total, 100);
    QCOMPARE(stats.processed, 100);
    QCOMPARE(stats.succeeded, 80);
    QCOMPARE(stats.failed, 20);
    QCOMPARE(stats.pending, 0);
    QCOMPARE(stats.percentComplete, 100.0);
    QCOMPARE(stats.successRate, 80.0);
    QCOMPARE(stats.completedAt, QDateTime(QDate(2025, 11, 15), QTime(14, 0), QTimeZone::utc()));
    QCOMPARE(stats.startedAt, QDateTime(QDate(2025, 11, 15), QTime(10, 0, 5), QTimeZone::utc()));
    // raw reads back with the poll parser: what the history stores restores the same statistics.
    const ParseResult<BatchStatistics> again =
        PayloadParser::parseBatchStatistics(QJsonDocument(stats.raw).toJson(QJsonDocument::Compact));
    QVERIFY(again.ok());
    QCOMPARE(again.value().succeeded, 80);
    QCOMPARE(again.value().status, QStringLiteral("completed"));
    QCOMPARE(again.value().userId, QStringLiteral("user_3"));
}

void TestWebhookEvent::batchFailedFields()
{
    const ParseResult<WebhookEvent> parsed = parseWebhookEvent(json(kBatchFailed), kReceived);
    QVERIFY(parsed.ok());
    const WebhookEvent &event = parsed.value();
    QCOMPARE(event.batchId, QStringLiteral("batch_2"));
    QCOMPARE(event.agentId, QStringLiteral("agent_7"));
    QCOMPARE(event.error, QStringLiteral("Not enough credits to continue"));
    QCOMPARE(event.code, QStringLiteral("INSUFFICIENT_CREDITS"));
    QCOMPARE(event.timestamp, QDateTime(QDate(2025, 11, 15), QTime(12, 0), QTimeZone::utc()));

    const ParseResult<WebhookEvent> numeric =
        parseWebhookEvent(json(R"({"event":"batch.failed","batchId":"b","code":402})"));
    QVERIFY(numeric.ok());
    QCOMPARE(numeric.value().code, QStringLiteral("402"));
    QVERIFY(!numeric.value().timestamp.isValid());
}

void TestWebhookEvent::nonTerminalAndUnknownStatusesAreKept()
{
    const ParseResult<WebhookEvent> ongoing =
        parseWebhookEvent(json(R"({"event":"call.completed","callId":"c","status":"ONGOING"})"));
    QVERIFY(ongoing.ok());
    QCOMPARE(ongoing.value().call.status, CallStatus::Ongoing);
    QVERIFY(!ongoing.value().call.isTerminal());

    const ParseResult<WebhookEvent> unknown =
        parseWebhookEvent(json(R"({"callData":{"id":"c","status":"VOICEMAIL"}})"));
    QVERIFY(unknown.ok());
    QCOMPARE(unknown.value().call.status, CallStatus::Unknown);
    QCOMPARE(unknown.value().call.statusText, QStringLiteral("VOICEMAIL"));

    const ParseResult<WebhookEvent> lower =
        parseWebhookEvent(json(R"({"event":"call.completed","callId":"c","status":"completed"})"));
    QVERIFY(lower.ok());
    QCOMPARE(lower.value().call.status, CallStatus::Completed);
}

void TestWebhookEvent::rejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // a part of it

    QTest::newRow("empty") << QByteArray() << ""
                           << "empty body";
    QTest::newRow("blank") << QByteArray(" \r\n\t") << ""
                           << "empty body";
    QTest::newRow("not json") << json("event=call.completed") << ""
                              << "expected a JSON object";
    QTest::newRow("truncated") << json(R"({"event":"call.completed","callId":"c)") << ""
                               << "not valid JSON";
    QTest::newRow("array") << json(R"([{"event":"call.completed"}])") << ""
                           << "got an array";
    QTest::newRow("string") << json(R"("call.completed")") << ""
                            << "expected a JSON object";
    QTest::newRow("number") << json("42") << ""
                            << "expected a JSON object";
    QTest::newRow("null") << json("null") << ""
                          << "expected a JSON object";
    QTest::newRow("unknown event") << json(R"({"event":"call.started","callId":"c","status":"ONGOING"})")
                                   << "event"
                                   << "unknown event \"call.started\"";
    QTest::newRow("event of another product") << json(R"({"event":"invoice.paid"})") << "event"
                                              << "call.completed, batch.completed, batch.failed";
    QTest::newRow("event is a number") << json(R"({"event":7,"callId":"c","status":"COMPLETED"})") << "event"
                                       << "expected a string, got a number";
    QTest::newRow("no event, no callData") << json(R"({"callId":"c","status":"COMPLETED"})") << "event"
                                           << "required field is missing";
    QTest::newRow("empty object") << json("{}") << "event"
                                  << "required field is missing";
    QTest::newRow("flat, no callId") << json(R"({"event":"call.completed","status":"COMPLETED"})") << "callId"
                                     << "required field is missing";
    QTest::newRow("flat, null callId")
        << json(R"({"event":"call.completed","callId":null,"status":"COMPLETED"})") << "callId"
        << "required field is null";
    QTest::newRow("flat, blank callId")
        << json(R"({"event":"call.completed","callId":"  ","status":"COMPLETED"})") << "callId"
        << "must not be empty";
    QTest::newRow("flat, no status") << json(R"({"event":"call.completed","callId":"c"})") << "status"
                                     << "required field is missing";
    QTest::newRow("flat, status is a number")
        << json(R"({"event":"call.completed","callId":"c","status":3})") << "status"
        << "expected a string, got a number";
    QTest::newRow("flat, duration as text")
        << json(R"({"event":"call.completed","callId":"c","status":"COMPLETED","duration":"180"})")
        << "duration"
        << "expected a number, got a string";
    QTest::newRow("flat, negative duration")
        << json(R"({"event":"call.completed","callId":"c","status":"COMPLETED","duration":-1})") << "duration"
        << "non-negative";
    QTest::newRow("flat, huge duration")
        << json(R"({"event":"call.completed","callId":"c","status":"COMPLETED","duration":1e300})")
        << "duration"
        << "out of range";
    QTest::newRow("flat, summary is an object")
        << json(R"({"event":"call.completed","callId":"c","status":"COMPLETED","summary":{}})") << "summary"
        << "expected a string, got an object";
    QTest::newRow("nested, callData null") << json(R"({"success":true,"callData":null})") << "callData"
                                           << "required field is null";
    QTest::newRow("nested, callData array") << json(R"({"success":true,"callData":[]})") << "callData"
                                            << "expected an object, got an array";
    QTest::newRow("nested, success false")
        << json(R"({"success":false,"callData":{"id":"c","status":"COMPLETED"},"message":"metrics failed"})")
        << "success"
        << "metrics failed";
    QTest::newRow("nested, success is text")
        << json(R"({"success":"yes","callData":{"id":"c","status":"COMPLETED"}})") << "success"
        << "expected a boolean";
    QTest::newRow("nested, no id") << json(R"({"success":true,"callData":{"status":"COMPLETED"}})")
                                   << "callData.id"
                                   << "required field is missing";
    QTest::newRow("nested, bad start time")
        << json(R"({"callData":{"id":"c","status":"COMPLETED","startTime":"yesterday"}})")
        << "callData.startTime"
        << "ISO 8601";
    QTest::newRow("nested, transcription of numbers")
        << json(R"({"callData":{"id":"c","status":"COMPLETED","transcription":[1]}})")
        << "callData.transcription[0]"
        << "expected an object";
    QTest::newRow("nested, metricSchema as text")
        << json(R"({"callData":{"id":"c","status":"COMPLETED"},"metricSchema":"x"})") << "metricSchema"
        << "expected an object, got a string";
    QTest::newRow("nested, huge duration")
        << json(R"({"callData":{"id":"c","status":"COMPLETED","duration":123456789012345678901234567890}})")
        << "callData.duration"
        << "out of range";
    QTest::newRow("batch.completed, no batchId")
        << json(R"({"event":"batch.completed","statistics":{}})") << "batchId"
        << "required field is missing";
    QTest::newRow("batch.completed, batchId a number")
        << json(R"({"event":"batch.completed","batchId":12,"statistics":{}})") << "batchId"
        << "expected a string, got a number";
    QTest::newRow("batch.completed, no statistics")
        << json(R"({"event":"batch.completed","batchId":"b"})") << "statistics"
        << "required field is missing";
    QTest::newRow("batch.completed, statistics is a list")
        << json(R"({"event":"batch.completed","batchId":"b","statistics":[1,2]})") << "statistics"
        << "expected an object, got an array";
    QTest::newRow("batch.completed, total as text")
        << json(R"({"event":"batch.completed","batchId":"b","statistics":{"total":"100"}})")
        << "statistics.total"
        << "expected a number, got a string";
    QTest::newRow("batch.completed, huge total")
        << json(R"({"event":"batch.completed","batchId":"b","statistics":{"total":1e20}})")
        << "statistics.total"
        << "out of range";
    QTest::newRow("batch.completed, fractional count")
        << json(R"({"event":"batch.completed","batchId":"b","statistics":{"succeeded":2.5}})")
        << "statistics.succeeded"
        << "whole number";
    QTest::newRow("batch.completed, bad completedAt")
        << json(
               R"({"event":"batch.completed","batchId":"b","statistics":{},"timestamps":{"completedAt":"soon"}})")
        << "timestamps.completedAt"
        << "ISO 8601";
    QTest::newRow("batch.completed, agentId a list")
        << json(R"({"event":"batch.completed","batchId":"b","statistics":{},"agentId":[]})") << "agentId"
        << "expected a string, got an array";
    QTest::newRow("batch.failed, no batchId") << json(R"({"event":"batch.failed","error":"x"})") << "batchId"
                                              << "required field is missing";
    QTest::newRow("batch.failed, error an object")
        << json(R"({"event":"batch.failed","batchId":"b","error":{"message":"x"}})") << "error"
        << "expected a string, got an object";
    QTest::newRow("batch.failed, code a boolean")
        << json(R"({"event":"batch.failed","batchId":"b","code":true})") << "code"
        << "expected a string or a number, got a boolean";
    QTest::newRow("batch.failed, bad timestamp")
        << json(R"({"event":"batch.failed","batchId":"b","timestamp":"15/11/2025"})") << "timestamp"
        << "ISO 8601";
}

void TestWebhookEvent::rejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const ParseResult<WebhookEvent> parsed = parseWebhookEvent(body, kReceived);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().field, field);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().toString()));
}

void TestWebhookEvent::deepNestingIsAnErrorNotACrash()
{
    QByteArray body = R"({"event":"call.completed","callId":"c","status":"COMPLETED","summary":)";
    body += QByteArray(100'000, '[');
    body += QByteArray(100'000, ']');
    body += '}';
    const ParseResult<WebhookEvent> parsed = parseWebhookEvent(body);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().field.isEmpty()); // the JSON reader refused it
}

void TestWebhookEvent::knownEvents()
{
    QCOMPARE(knownWebhookEvents(),
             (QStringList{QStringLiteral("call.completed"), QStringLiteral("batch.completed"),
                          QStringLiteral("batch.failed")}));
}

QTEST_GUILESS_MAIN(TestWebhookEvent)
#include "tst_webhookevent.moc"
