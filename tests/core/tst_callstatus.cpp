#include "testsupport.h"

#include "callsnapshot.h"
#include "callstatus.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QtTest>

namespace cw {
// Readable QCOMPARE failures.
inline char *toString(CallStatus status)
{
    return qstrdup(callStatusToString(status).toUtf8().constData());
}
} // namespace cw

using namespace cw;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

// The nine fields of the live endpoint, in the API page's order.
const QStringList kLiveKeys = {
    QStringLiteral("callId"),      QStringLiteral("status"),    QStringLiteral("startTime"),
    QStringLiteral("phoneNumber"), QStringLiteral("contactId"), QStringLiteral("batchId"),
    QStringLiteral("error"),       QStringLiteral("duration"),  QStringLiteral("recordingUrl"),
};

CallSnapshot richCompletedCall()
{
    CallSnapshot call;
    call.callId = QStringLiteral("clx9abc");
    call.status = CallStatus::Completed;
    call.statusText = QStringLiteral("COMPLETED");
    call.startTime = utc(2025, 11, 15, 14, 30, 1, 123);
    call.endTime = utc(2025, 11, 15, 14, 33, 1, 500);
    call.phoneNumber = QStringLiteral("+15551234567");
    call.contactId = QStringLiteral("contact_456");
    call.contactName = QStringLiteral("Ada Lovelace");
    call.batchId = QStringLiteral("batch_1");
    call.agent = QStringLiteral("Sales agent");
    call.direction = QStringLiteral("OUTBOUND");
    call.duration = 180;
    call.recordingUrl = QUrl(QStringLiteral("https://cdn.example.com/rec/clx9abc.mp3"));
    call.transcript = {{QStringLiteral("assistant"), QStringLiteral("Hello!")},
                       {QStringLiteral("user"), QStringLiteral("Hi.")}};
    call.summary = QStringLiteral("Customer wants a demo.");
    call.metrics.insert(QStringLiteral("sentiment"), QStringLiteral("positive"));
    call.source = SnapshotSource::PersistentStatus;
    return call;
}

} // namespace

class TestCallStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromString_data();
    void fromString();
    void toStringCanonical_data();
    void toStringCanonical();
    void terminalAndRank_data();
    void terminalAndRank();
    void rankFollowsLifecycle();
    void snapshotIsTerminal();
    void sourceNames_data();
    void sourceNames();

    void toJsonUnknownFieldsAreNull();
    void toJsonFullSnapshot();
    void toJsonTimestampsAreUtcWithMilliseconds();
    void toJsonStatusText_data();
    void toJsonStatusText();

    void mergeKeepsWhatNewerLacks();
    void mergeNewerWinsWhereSet();
    void mergeStatusChangeDropsPreviousOutcome();
    void mergeProgressKeepsStartAndTranscript();
    void mergeWithoutStatusKeepsStatus();
    void mergeUnknownStatusSameTextIgnoresCase();

    void sameContent_data();
    void sameContent();
};

void TestCallStatus::fromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CallStatus>("expected");

    QTest::newRow("SCHEDULED") << QStringLiteral("SCHEDULED") << CallStatus::Scheduled;
    QTest::newRow("ONGOING") << QStringLiteral("ONGOING") << CallStatus::Ongoing;
    QTest::newRow("COMPLETED") << QStringLiteral("COMPLETED") << CallStatus::Completed;
    QTest::newRow("MISSED") << QStringLiteral("MISSED") << CallStatus::Missed;
    QTest::newRow("FAILED") << QStringLiteral("FAILED") << CallStatus::Failed;
    QTest::newRow("lower scheduled") << QStringLiteral("scheduled") << CallStatus::Scheduled;
    QTest::newRow("lower ongoing") << QStringLiteral("ongoing") << CallStatus::Ongoing;
    QTest::newRow("lower completed") << QStringLiteral("completed") << CallStatus::Completed;
    QTest::newRow("lower missed") << QStringLiteral("missed") << CallStatus::Missed;
    QTest::newRow("lower failed") << QStringLiteral("failed") << CallStatus::Failed;
    QTest::newRow("mixed case") << QStringLiteral("OnGoing") << CallStatus::Ongoing;
    QTest::newRow("whitespace") << QStringLiteral(" \tcompleted\n") << CallStatus::Completed;
    QTest::newRow("unknown VOICEMAIL") << QStringLiteral("VOICEMAIL") << CallStatus::Unknown;
    QTest::newRow("UNKNOWN is not a status") << QStringLiteral("UNKNOWN") << CallStatus::Unknown;
    QTest::newRow("empty") << QString() << CallStatus::Unknown;
    QTest::newRow("prefix only") << QStringLiteral("COMPLETE") << CallStatus::Unknown;
    QTest::newRow("longer word") << QStringLiteral("COMPLETEDX") << CallStatus::Unknown;
    QTest::newRow("inner space") << QStringLiteral("ON GOING") << CallStatus::Unknown;
}

void TestCallStatus::fromString()
{
    QFETCH(QString, text);
    QFETCH(CallStatus, expected);
    QCOMPARE(callStatusFromString(text), expected);
}

void TestCallStatus::toStringCanonical_data()
{
    QTest::addColumn<CallStatus>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("scheduled") << CallStatus::Scheduled << QStringLiteral("SCHEDULED");
    QTest::newRow("ongoing") << CallStatus::Ongoing << QStringLiteral("ONGOING");
    QTest::newRow("completed") << CallStatus::Completed << QStringLiteral("COMPLETED");
    QTest::newRow("missed") << CallStatus::Missed << QStringLiteral("MISSED");
    QTest::newRow("failed") << CallStatus::Failed << QStringLiteral("FAILED");
    QTest::newRow("unknown") << CallStatus::Unknown << QStringLiteral("UNKNOWN");
}

void TestCallStatus::toStringCanonical()
{
    QFETCH(CallStatus, status);
    QFETCH(QString, expected);
    QCOMPARE(callStatusToString(status), expected);
    if (status != CallStatus::Unknown)
        QCOMPARE(callStatusFromString(callStatusToString(status)), status);
}

void TestCallStatus::terminalAndRank_data()
{
    QTest::addColumn<CallStatus>("status");
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<int>("rank");
    QTest::newRow("scheduled") << CallStatus::Scheduled << false << 0;
    QTest::newRow("ongoing") << CallStatus::Ongoing << false << 1;
    QTest::newRow("completed") << CallStatus::Completed << true << 2;
    QTest::newRow("missed") << CallStatus::Missed << true << 2;
    QTest::newRow("failed") << CallStatus::Failed << true << 2;
    QTest::newRow("unknown keeps being asked about") << CallStatus::Unknown << false << -1;
}

void TestCallStatus::terminalAndRank()
{
    QFETCH(CallStatus, status);
    QFETCH(bool, terminal);
    QFETCH(int, rank);
    QCOMPARE(isTerminal(status), terminal);
    QCOMPARE(lifecycleRank(status), rank);
}

void TestCallStatus::rankFollowsLifecycle()
{
    QVERIFY(lifecycleRank(CallStatus::Unknown) < lifecycleRank(CallStatus::Scheduled));
    QVERIFY(lifecycleRank(CallStatus::Scheduled) < lifecycleRank(CallStatus::Ongoing));
    QVERIFY(lifecycleRank(CallStatus::Ongoing) < lifecycleRank(CallStatus::Completed));
}

void TestCallStatus::snapshotIsTerminal()
{
    CallSnapshot call;
    QVERIFY(!call.isTerminal());
    call.status = CallStatus::Ongoing;
    QVERIFY(!call.isTerminal());
    call.status = CallStatus::Missed;
    QVERIFY(call.isTerminal());
}

void TestCallStatus::sourceNames_data()
{
    QTest::addColumn<SnapshotSource>("source");
    QTest::addColumn<QString>("name");
    QTest::newRow("live") << SnapshotSource::LiveStatus << QStringLiteral("live");
    QTest::newRow("persistent") << SnapshotSource::PersistentStatus << QStringLiteral("persistent");
    QTest::newRow("batch") << SnapshotSource::BatchStatus << QStringLiteral("batch");
    QTest::newRow("webhook") << SnapshotSource::Webhook << QStringLiteral("webhook");
    QTest::newRow("metrics") << SnapshotSource::Metrics << QStringLiteral("metrics");
}

void TestCallStatus::sourceNames()
{
    QFETCH(SnapshotSource, source);
    QFETCH(QString, name);
    QCOMPARE(snapshotSourceName(source), name);
}

void TestCallStatus::toJsonUnknownFieldsAreNull()
{
    CallSnapshot call;
    call.callId = QStringLiteral("call_123");
    call.status = CallStatus::Scheduled;
    const QJsonObject json = call.toJson();

    QStringList keys = json.keys();
    keys.sort();
    QStringList expectedKeys = kLiveKeys;
    expectedKeys.sort();
    QCOMPARE(keys, expectedKeys); // no optional extras when they are unknown
    QCOMPARE(json.value(QLatin1String("callId")).toString(), QStringLiteral("call_123"));
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("SCHEDULED"));
    for (const QString &key : kLiveKeys) {
        if (key == QLatin1String("callId") || key == QLatin1String("status"))
            continue;
        QVERIFY2(json.value(key).isNull(), qPrintable(key));
    }
}

void TestCallStatus::toJsonFullSnapshot()
{
    const QJsonObject json = richCompletedCall().toJson();
    QCOMPARE(json.value(QLatin1String("callId")).toString(), QStringLiteral("clx9abc"));
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(json.value(QLatin1String("startTime")).toString(), QStringLiteral("2025-11-15T14:30:01.123Z"));
    QCOMPARE(json.value(QLatin1String("endTime")).toString(), QStringLiteral("2025-11-15T14:33:01.500Z"));
    QCOMPARE(json.value(QLatin1String("phoneNumber")).toString(), QStringLiteral("+15551234567"));
    QCOMPARE(json.value(QLatin1String("contactId")).toString(), QStringLiteral("contact_456"));
    QCOMPARE(json.value(QLatin1String("contactName")).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(json.value(QLatin1String("batchId")).toString(), QStringLiteral("batch_1"));
    QCOMPARE(json.value(QLatin1String("agent")).toString(), QStringLiteral("Sales agent"));
    QCOMPARE(json.value(QLatin1String("direction")).toString(), QStringLiteral("OUTBOUND"));
    QVERIFY(json.value(QLatin1String("error")).isNull());
    QVERIFY(json.value(QLatin1String("duration")).isDouble());
    QCOMPARE(json.value(QLatin1String("duration")).toInteger(), 180);
    QCOMPARE(json.value(QLatin1String("recordingUrl")).toString(),
             QStringLiteral("https://cdn.example.com/rec/clx9abc.mp3"));
    QCOMPARE(json.value(QLatin1String("summary")).toString(), QStringLiteral("Customer wants a demo."));
    const QJsonArray transcript = json.value(QLatin1String("transcript")).toArray();
    QCOMPARE(transcript.size(), 2);
    QCOMPARE(transcript.at(0).toObject().value(QLatin1String("role")).toString(),
             QStringLiteral("assistant"));
    QCOMPARE(transcript.at(1).toObject().value(QLatin1String("content")).toString(), QStringLiteral("Hi."));
    QCOMPARE(json.value(QLatin1String("metrics")).toObject().value(QLatin1String("sentiment")).toString(),
             QStringLiteral("positive"));
    // Bookkeeping is not part of the call's JSON.
    QVERIFY(!json.contains(QLatin1String("source")));
    QVERIFY(!json.contains(QLatin1String("raw")));
}

void TestCallStatus::toJsonTimestampsAreUtcWithMilliseconds()
{
    CallSnapshot call;
    call.callId = QStringLiteral("c");
    call.status = CallStatus::Ongoing;
    // 16:30:01 at +02:00 is 14:30:01 UTC; whole seconds still get ".000".
    call.startTime = QDateTime(QDate(2025, 11, 15), QTime(16, 30, 1), QTimeZone(2 * 3600));
    QCOMPARE(call.toJson().value(QLatin1String("startTime")).toString(),
             QStringLiteral("2025-11-15T14:30:01.000Z"));
}

void TestCallStatus::toJsonStatusText_data()
{
    QTest::addColumn<CallStatus>("status");
    QTest::addColumn<QString>("statusText");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown survives")
        << CallStatus::Unknown << QStringLiteral("VOICEMAIL") << QStringLiteral("VOICEMAIL");
    QTest::newRow("as received") << CallStatus::Ongoing << QStringLiteral("ongoing")
                                 << QStringLiteral("ongoing");
    QTest::newRow("canonical without text") << CallStatus::Failed << QString() << QStringLiteral("FAILED");
    QTest::newRow("nothing known") << CallStatus::Unknown << QString() << QStringLiteral("UNKNOWN");
}

void TestCallStatus::toJsonStatusText()
{
    QFETCH(CallStatus, status);
    QFETCH(QString, statusText);
    QFETCH(QString, expected);
    CallSnapshot call;
    call.callId = QStringLiteral("c");
    call.status = status;
    call.statusText = statusText;
    QCOMPARE(call.toJson().value(QLatin1String("status")).toString(), expected);
}

void TestCallStatus::mergeKeepsWhatNewerLacks()
{
    CallSnapshot call = richCompletedCall();
    CallSnapshot batchElement; // what GET /status/batch knows about the same call
    batchElement.callId = QStringLiteral("clx9abc");
    batchElement.status = CallStatus::Completed;
    batchElement.statusText = QStringLiteral("COMPLETED");
    batchElement.phoneNumber = QStringLiteral("+15551234567");
    batchElement.duration = 181;
    batchElement.source = SnapshotSource::BatchStatus;
    batchElement.raw.insert(QStringLiteral("callId"), QStringLiteral("clx9abc"));

    call.mergeFrom(batchElement);
    QCOMPARE(call.duration, std::optional<qint64>(181));
    QCOMPARE(call.contactName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(call.contactId, QStringLiteral("contact_456"));
    QCOMPARE(call.agent, QStringLiteral("Sales agent"));
    QCOMPARE(call.direction, QStringLiteral("OUTBOUND"));
    QCOMPARE(call.summary, QStringLiteral("Customer wants a demo."));
    QCOMPARE(call.transcript.size(), 2);
    QCOMPARE(call.metrics.value(QLatin1String("sentiment")).toString(), QStringLiteral("positive"));
    QCOMPARE(call.endTime, utc(2025, 11, 15, 14, 33, 1, 500));
    QCOMPARE(call.startTime, utc(2025, 11, 15, 14, 30, 1, 123));
    QCOMPARE(call.recordingUrl, QUrl(QStringLiteral("https://cdn.example.com/rec/clx9abc.mp3")));
    QCOMPARE(call.batchId, QStringLiteral("batch_1"));
    QCOMPARE(call.source, SnapshotSource::BatchStatus);
    QCOMPARE(call.raw, batchElement.raw);
}

void TestCallStatus::mergeNewerWinsWhereSet()
{
    CallSnapshot call = richCompletedCall();
    call.raw.insert(QStringLiteral("id"), QStringLiteral("clx9abc"));
    CallSnapshot newer;
    newer.status = CallStatus::Completed;
    newer.statusText = QStringLiteral("COMPLETED");
    newer.phoneNumber = QStringLiteral("+442071234567");
    newer.contactName = QStringLiteral("Ada King");
    newer.summary = QStringLiteral("Updated summary");
    newer.transcript = {{QStringLiteral("user"), QStringLiteral("Only line")}};
    newer.metrics.insert(QStringLiteral("intent"), QStringLiteral("buy"));
    newer.recordingUrl = QUrl(QStringLiteral("https://cdn.example.com/new.mp3"));
    newer.receivedAt = utc(2025, 11, 16, 0, 0, 0);

    call.mergeFrom(newer);
    QCOMPARE(call.callId, QStringLiteral("clx9abc")); // newer had none
    QCOMPARE(call.phoneNumber, QStringLiteral("+442071234567"));
    QCOMPARE(call.contactName, QStringLiteral("Ada King"));
    QCOMPARE(call.summary, QStringLiteral("Updated summary"));
    QCOMPARE(call.transcript.size(), 1);
    QCOMPARE(call.transcript.first().content, QStringLiteral("Only line"));
    QVERIFY(!call.metrics.contains(QLatin1String("sentiment"))); // metrics are replaced as a whole
    QCOMPARE(call.metrics.value(QLatin1String("intent")).toString(), QStringLiteral("buy"));
    QCOMPARE(call.recordingUrl, QUrl(QStringLiteral("https://cdn.example.com/new.mp3")));
    QCOMPARE(call.receivedAt, utc(2025, 11, 16, 0, 0, 0));
    QCOMPARE(call.raw.value(QLatin1String("id")).toString(), QStringLiteral("clx9abc")); // newer had no raw
    QCOMPARE(call.duration, std::optional<qint64>(180));
}

void TestCallStatus::mergeStatusChangeDropsPreviousOutcome()
{
    // Attempt 1 failed with BUSY; the batch schedules attempt 2.
    CallSnapshot call;
    call.callId = QStringLiteral("call_1");
    call.status = CallStatus::Failed;
    call.statusText = QStringLiteral("FAILED");
    call.error = QStringLiteral("BUSY");
    call.duration = 3;
    call.endTime = utc(2025, 11, 15, 10, 0, 3);
    call.recordingUrl = QUrl(QStringLiteral("https://cdn.example.com/a1.mp3"));
    call.contactName = QStringLiteral("Grace");

    CallSnapshot retry;
    retry.callId = QStringLiteral("call_1");
    retry.status = CallStatus::Scheduled;
    retry.statusText = QStringLiteral("SCHEDULED");

    call.mergeFrom(retry);
    QCOMPARE(call.status, CallStatus::Scheduled);
    QCOMPARE(call.statusText, QStringLiteral("SCHEDULED"));
    QVERIFY(call.error.isEmpty());
    QVERIFY(!call.duration.has_value());
    QVERIFY(!call.endTime.isValid());
    QVERIFY(call.recordingUrl.isEmpty());
    QCOMPARE(call.contactName, QStringLiteral("Grace")); // who the call is for does not change
}

void TestCallStatus::mergeProgressKeepsStartAndTranscript()
{
    CallSnapshot call;
    call.callId = QStringLiteral("call_2");
    call.status = CallStatus::Ongoing;
    call.statusText = QStringLiteral("ONGOING");
    call.startTime = utc(2025, 11, 15, 9, 0, 0);
    call.transcript = {{QStringLiteral("assistant"), QStringLiteral("Hello")}};

    CallSnapshot done;
    done.callId = QStringLiteral("call_2");
    done.status = CallStatus::Completed;
    done.statusText = QStringLiteral("COMPLETED");
    done.duration = 95;

    call.mergeFrom(done);
    QCOMPARE(call.status, CallStatus::Completed);
    QCOMPARE(call.duration, std::optional<qint64>(95));
    QCOMPARE(call.startTime, utc(2025, 11, 15, 9, 0, 0));
    QCOMPARE(call.transcript.size(), 1);
}

void TestCallStatus::mergeWithoutStatusKeepsStatus()
{
    CallSnapshot call = richCompletedCall();
    CallSnapshot partial; // e.g. built by hand with only a contact name
    partial.contactName = QStringLiteral("Someone Else");
    call.mergeFrom(partial);
    QCOMPARE(call.status, CallStatus::Completed);
    QCOMPARE(call.statusText, QStringLiteral("COMPLETED"));
    QCOMPARE(call.duration, std::optional<qint64>(180));
    QCOMPARE(call.contactName, QStringLiteral("Someone Else"));
}

void TestCallStatus::mergeUnknownStatusSameTextIgnoresCase()
{
    CallSnapshot call;
    call.callId = QStringLiteral("c");
    call.status = CallStatus::Unknown;
    call.statusText = QStringLiteral("VOICEMAIL");
    call.error = QStringLiteral("left a message");
    call.duration = 30;

    CallSnapshot same = call;
    same.statusText = QStringLiteral("voicemail");
    same.error.clear();
    same.duration.reset();
    call.mergeFrom(same);
    QCOMPARE(call.statusText, QStringLiteral("voicemail"));
    QCOMPARE(call.error, QStringLiteral("left a message"));
    QCOMPARE(call.duration, std::optional<qint64>(30));

    CallSnapshot other = call;
    other.statusText = QStringLiteral("IVR");
    other.error.clear();
    other.duration.reset();
    call.mergeFrom(other);
    QCOMPARE(call.statusText, QStringLiteral("IVR"));
    QVERIFY(call.error.isEmpty());
    QVERIFY(!call.duration.has_value());
}

QTEST_GUILESS_MAIN(TestCallStatus)
#include "tst_callstatus.moc"

void TestCallStatus::sameContent_data()
{
    // Each row changes one field of a full snapshot; `same` says whether the two still describe the call
    // the same way (where it came from, when it was received and the raw payload do not count).
    QTest::addColumn<int>("field");
    QTest::addColumn<bool>("same");
    const char *const fields[] = {"status",     "status text", "start",     "end",       "duration",
                                  "error",      "call id",     "batch",     "phone",     "contact id",
                                  "contact",    "agent",       "direction", "recording", "summary",
                                  "transcript", "metrics",     "source",    "received",  "raw"};
    int field = 0;
    for (const char *name : fields) {
        const bool ignored = field >= 17;
        QTest::newRow(name) << field++ << ignored;
    }
}

void TestCallStatus::sameContent()
{
    QFETCH(int, field);
    QFETCH(bool, same);
    CallSnapshot a = richCompletedCall();
    a.receivedAt = a.endTime.addSecs(2);
    a.raw = a.toJson();
    CallSnapshot b = a;
    QVERIFY(a.sameContent(b));
    switch (field) {
    case 0:
        b.status = CallStatus::Failed;
        break;
    case 1:
        b.statusText = QStringLiteral("completed");
        break;
    case 2:
        b.startTime = b.startTime.addMSecs(1);
        break;
    case 3:
        b.endTime = b.endTime.addSecs(1);
        break;
    case 4:
        b.duration = b.duration.value_or(0) + 1;
        break;
    case 5:
        b.error = QStringLiteral("BUSY");
        break;
    case 6:
        b.callId += QLatin1Char('x');
        break;
    case 7:
        b.batchId += QLatin1Char('x');
        break;
    case 8:
        b.phoneNumber += QLatin1Char('1');
        break;
    case 9:
        b.contactId += QLatin1Char('x');
        break;
    case 10:
        b.contactName += QLatin1Char('x');
        break;
    case 11:
        b.agent += QLatin1Char('x');
        break;
    case 12:
        b.direction = QStringLiteral("INBOUND");
        break;
    case 13:
        b.recordingUrl = QUrl(QStringLiteral("https://recordings.example/other.mp3"));
        break;
    case 14:
        b.summary += QLatin1Char('.');
        break;
    case 15:
        b.transcript.append({QStringLiteral("user"), QStringLiteral("Bye")});
        break;
    case 16:
        b.metrics.insert(QStringLiteral("extra"), 1);
        break;
    case 17:
        b.source = SnapshotSource::Webhook;
        break;
    case 18:
        b.receivedAt = b.receivedAt.addSecs(60);
        break;
    case 19:
        b.raw.insert(QStringLiteral("extra"), 1);
        break;
    default:
        QFAIL("no such field");
    }
    QCOMPARE(a.sameContent(b), same);
    QCOMPARE(b.sameContent(a), same);
}
