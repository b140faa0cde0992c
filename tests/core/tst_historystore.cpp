#include "testsupport.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include "historystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cw;
using Store = HistoryStore;

Q_DECLARE_METATYPE(cw::HistoryStore::Transition)

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void restartRoundTrip();
    void transitionsInOrderWithAttempts();
    void untrackKeepsHistory();
    void invalidBatchWritesNothing_data();
    void invalidBatchWritesNothing();
    void manyTransitionsInOneBatch();
    void countTransitionsPerBucket();
    void transitionsBetweenRangeAndOrder();
    void transitionsBetweenLastPerCall();
    void transitionsBetweenReadsTheTimeIndex();
    void retention();
    void restoreQueriesUseIndexes();
    void uniqueConnectionsRemovedCleanly();

    void migratesFromVersion1();
    void refusesUnknownFilesUntouched_data();
    void refusesUnknownFilesUntouched();
    void damagedFileIsMovedAside_data();
    void damagedFileIsMovedAside();
    void damageFoundLaterIsHandledAtNextStart();
    void unwritableLocationFallsBackToMemory_data();
    void unwritableLocationFallsBackToMemory();
    void lockedAtOpenKeepsHistoryVisible();

    void fullDiskWritesNothingAndRetries();
    void lockedDatabaseQueuesAndRetries();
    void retryQueueIsBounded();
    void rejectedBatchIsDroppedAlone();
    void queueIsFlushedOnClose();
    void defaultFolderIsAppData();

private:
    QDateTime t0() const { return m_clock.now(); }
    ManualClock m_clock;
};

namespace {

QAtomicInteger<int> rawCounter;

// A second, plain connection to a file, removed cleanly when it goes.
class RawDb
{
public:
    explicit RawDb(const QString &path, const QString &options = {})
        : m_name(QStringLiteral("raw-%1").arg(++rawCounter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        if (query.exec(sql))
            return true;
        qWarning("RawDb: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        if (query.exec(sql) && query.next())
            return query.value(0);
        return {};
    }
    QStringList column(const QString &sql, int index = 0) const
    {
        QStringList values;
        QSqlQuery query(db());
        if (query.exec(sql)) {
            while (query.next())
                values.append(query.value(index).toString());
        }
        return values;
    }

private:
    QString m_name;
    bool m_open = false;
};

// Runs one statement on the store's own connection (what the store itself would hit).
QVariant onStoreConnection(const Store &store, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    if (query.exec(sql) && query.next())
        return query.value(0);
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The damaged files set aside (not their -wal / -shm companions).
QStringList corruptCopies(const QString &dir)
{
    QStringList names =
        QDir(dir).entryList({QStringLiteral("callwatch.sqlite.corrupt-*")}, QDir::Files, QDir::Name);
    names.removeIf([](const QString &name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    return names;
}

QString dbPath(const QTemporaryDir &dir)
{
    return dir.filePath(Store::fileName());
}

CallSnapshot richSnapshot(const QString &id, const QDateTime &at)
{
    CallSnapshot s;
    s.callId = id;
    s.status = CallStatus::Completed;
    s.statusText = QStringLiteral("COMPLETED");
    s.startTime = at.addSecs(-200);
    s.endTime = at.addSecs(-20);
    s.phoneNumber = QStringLiteral("+15551234567");
    s.contactId = QStringLiteral("contact_456");
    s.contactName = QStringLiteral("Ada Lovelace");
    s.batchId = QStringLiteral("batch_1");
    s.agent = QStringLiteral("agent_9");
    s.direction = QStringLiteral("OUTBOUND");
    s.error = QString();
    s.duration = 180;
    s.recordingUrl = QUrl(QStringLiteral("https://rec.example.com/a%20b.mp3"));
    s.transcript = {{QStringLiteral("assistant"), QStringLiteral("Hello, é ✓")},
                    {QStringLiteral("user"), QStringLiteral("Hi")}};
    s.summary = QStringLiteral("Booked.");
    s.metrics = QJsonObject{{QStringLiteral("score"), 4.5}};
    s.source = SnapshotSource::Webhook;
    s.receivedAt = at;
    s.raw = QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("extra"), QJsonArray{1, 2}}};
    return s;
}

// Unknown status, every optional field empty, no raw payload.
CallSnapshot bareSnapshot(const QString &id, const QDateTime &at)
{
    CallSnapshot s;
    s.callId = id;
    s.status = CallStatus::Unknown;
    s.statusText = QStringLiteral("RINGING");
    s.source = SnapshotSource::LiveStatus;
    s.receivedAt = at;
    return s;
}

Store::Transition transition(const QString &callId, const QDateTime &at, CallStatus status, int attempt = 1,
                             const QString &text = {}, const QString &error = {})
{
    Store::Transition t;
    t.callId = callId;
    t.at = at;
    t.attempt = attempt;
    t.source = Store::SourcePoll;
    t.status = status;
    t.statusText = text.isEmpty() ? callStatusToString(status) : text;
    t.error = error;
    return t;
}

const Store::TrackedCall *findCall(const Store::LoadedState &state, const QString &id)
{
    for (const Store::TrackedCall &call : state.calls) {
        if (call.callId == id)
            return &call;
    }
    return nullptr;
}

QStringList callIds(const Store::LoadedState &state)
{
    QStringList ids;
    for (const Store::TrackedCall &call : state.calls)
        ids.append(call.callId);
    return ids;
}

void compareSnapshots(const CallSnapshot &actual, const CallSnapshot &expected)
{
    QCOMPARE(actual.callId, expected.callId);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.statusText, expected.statusText);
    QCOMPARE(actual.startTime, expected.startTime);
    QCOMPARE(actual.startTime.isValid(), expected.startTime.isValid());
    QCOMPARE(actual.endTime, expected.endTime);
    QCOMPARE(actual.phoneNumber, expected.phoneNumber);
    QCOMPARE(actual.contactId, expected.contactId);
    QCOMPARE(actual.contactName, expected.contactName);
    QCOMPARE(actual.batchId, expected.batchId);
    QCOMPARE(actual.agent, expected.agent);
    QCOMPARE(actual.direction, expected.direction);
    QCOMPARE(actual.error, expected.error);
    QCOMPARE(actual.duration, expected.duration);
    QCOMPARE(actual.recordingUrl, expected.recordingUrl);
    QCOMPARE(actual.transcript, expected.transcript);
    QCOMPARE(actual.summary, expected.summary);
    QCOMPARE(actual.metrics, expected.metrics);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.receivedAt, expected.receivedAt);
    QCOMPARE(actual.raw, expected.raw);
}

// A store file with a few calls and transitions, closed cleanly (WAL checkpointed into the file).
void makeStoreFile(const QString &dir, const ManualClock &clock, int transitionCount = 3)
{
    Store store(clock);
    QVERIFY(store.open(dir));
    Store::WriteBatch batch;
    batch.trackCalls = {{QStringLiteral("call_a"), {}}, {QStringLiteral("call_b"), {}}};
    batch.snapshots = {richSnapshot(QStringLiteral("call_a"), clock.now())};
    for (int i = 0; i < transitionCount; ++i) {
        batch.transitions.append(transition(QStringLiteral("call_a"), clock.now().addSecs(i),
                                            CallStatus::Ongoing, 1, {}, QString(200, QLatin1Char('x'))));
    }
    QVERIFY(store.write(batch));
}

// Overwrites one page of a SQLite file with a pattern.
bool damagePage(const QString &path, int page)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const int pageSize = 4096;
    file.seek(qint64(page - 1) * pageSize);
    return file.write(QByteArray(pageSize, '\xA5')) == pageSize;
}

} // namespace

void TestHistoryStore::init()
{
    // Any warning (a connection removed while in use, a query on a closed database) is a failure.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_clock.set(QDateTime(QDate(2025, 11, 15), QTime(14, 30, 1, 123), QTimeZone::utc()));
}

void TestHistoryStore::restartRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDateTime at = t0();
    const CallSnapshot rich = richSnapshot(QStringLiteral("call_a"), at);
    const CallSnapshot bare = bareSnapshot(QStringLiteral("call_b"), at.addSecs(5));
    const QJsonObject stats{{QStringLiteral("batchId"), QStringLiteral("batch_1")},
                            {QStringLiteral("total"), 40},
                            {QStringLiteral("estimatedTimeRemaining"), QJsonValue::Null}};
    {
        Store store(m_clock);
        QSignalSpy problems(&store, &Store::problemChanged);
        QVERIFY(store.open(dir.path()));
        QCOMPARE(store.mode(), Store::Mode::File);
        QCOMPARE(store.filePath(), dbPath(dir));
        QVERIFY(store.openMessage().isEmpty());
        QVERIFY(store.problem().isEmpty());

        Store::WriteBatch first;
        first.trackBatches = {QStringLiteral("batch_1")};
        first.trackCalls = {{QStringLiteral("call_a"), QStringLiteral("batch_1")},
                            {QStringLiteral("call_b"), {}},
                            {QStringLiteral("call_gone"), {}}};
        first.batchStatistics = {{QStringLiteral("batch_1"), stats}};
        QVERIFY2(store.write(first), qPrintable(store.lastError()));

        m_clock.advance(60'000);
        Store::WriteBatch second;
        second.snapshots = {rich, bare};
        second.transitions = {
            transition(QStringLiteral("call_b"), at, CallStatus::Unknown, 1, QStringLiteral("RINGING"))};
        second.notFound = {QStringLiteral("call_gone")};
        QVERIFY2(store.write(second), qPrintable(store.lastError()));
        QCOMPARE(problems.count(), 0);
        QCOMPARE(store.queuedBatchCount(), 0);
    }
    QVERIFY(QFileInfo::exists(dbPath(dir)));

    Store reopened(m_clock);
    QVERIFY(reopened.open(dir.path()));
    const Store::LoadedState state = reopened.load();
    QVERIFY(state.ok);
    QCOMPARE(callIds(state),
             (QStringList{QStringLiteral("call_a"), QStringLiteral("call_b"), QStringLiteral("call_gone")}));
    QCOMPARE(state.transitionCount, 1);

    const Store::TrackedCall *a = findCall(state, QStringLiteral("call_a"));
    QCOMPARE(a->batchId, QStringLiteral("batch_1"));
    QCOMPARE(a->addedAt, at);
    QVERIFY(!a->notFound);
    QCOMPARE(a->attempt, 1);
    QVERIFY(a->snapshot.has_value());
    compareSnapshots(*a->snapshot, rich);

    const Store::TrackedCall *b = findCall(state, QStringLiteral("call_b"));
    QVERIFY(b->batchId.isEmpty());
    QVERIFY(b->snapshot.has_value());
    compareSnapshots(*b->snapshot, bare);
    QVERIFY(!b->snapshot->duration.has_value());
    QVERIFY(!b->snapshot->startTime.isValid());
    QVERIFY(b->snapshot->raw.isEmpty());

    const Store::TrackedCall *gone = findCall(state, QStringLiteral("call_gone"));
    QVERIFY(gone->notFound);
    QVERIFY(!gone->snapshot.has_value());

    QCOMPARE(state.batches.size(), 1);
    QCOMPARE(state.batches.first().batchId, QStringLiteral("batch_1"));
    QCOMPARE(state.batches.first().addedAt, at);
    QCOMPARE(state.batches.first().statistics, stats);
    QCOMPARE(state.batches.first().statisticsAt, at);

    const QList<Store::Transition> history = reopened.transitions(QStringLiteral("call_b"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().status, CallStatus::Unknown);
    QCOMPARE(history.first().statusText, QStringLiteral("RINGING"));
    QCOMPARE(history.first().source, QStringLiteral("poll"));
    QVERIFY(history.first().error.isEmpty());

    // found clears the flag, and it stays cleared.
    Store::WriteBatch found;
    found.found = {QStringLiteral("call_gone")};
    QVERIFY(reopened.write(found));
    QVERIFY(!findCall(reopened.load(), QStringLiteral("call_gone"))->notFound);
}

void TestHistoryStore::transitionsInOrderWithAttempts()
{
    QTemporaryDir dir;
    Store store(m_clock);
    QVERIFY(store.open(dir.path()));
    const QString id = QStringLiteral("call_r");
    const QDateTime at = t0();

    Store::WriteBatch one;
    one.trackCalls = {{id, {}}};
    one.transitions = {transition(id, at, CallStatus::Scheduled),
                       transition(id, at.addSecs(30), CallStatus::Ongoing),
                       transition(id, at.addSecs(60), CallStatus::Failed, 1, {}, QStringLiteral("BUSY"))};
    QVERIFY(store.write(one));
    QCOMPARE(store.load().calls.first().attempt, 1);

    // The redial, written in two batches; one entry arrives with an earlier time than the last one
    // written, and two share the same instant (kept in the order written).
    Store::WriteBatch two;
    two.transitions = {transition(id, at.addSecs(400), CallStatus::Ongoing, 2),
                       transition(id, at.addSecs(300), CallStatus::Scheduled, 2)};
    QVERIFY(store.write(two));
    Store::WriteBatch three;
    Store::Transition webhook = transition(id, at.addSecs(400), CallStatus::Completed, 2);
    webhook.source = Store::SourceWebhook;
    three.transitions = {webhook};
    QVERIFY(store.write(three));

    const QList<Store::Transition> history = store.transitions(id);
    QList<CallStatus> statuses;
    QList<int> attempts;
    for (const Store::Transition &t : history) {
        statuses.append(t.status);
        attempts.append(t.attempt);
        QCOMPARE(t.callId, id);
    }
    QCOMPARE(statuses,
             (QList<CallStatus>{CallStatus::Scheduled, CallStatus::Ongoing, CallStatus::Failed,
                                CallStatus::Scheduled, CallStatus::Ongoing, CallStatus::Completed}));
    QCOMPARE(attempts, (QList<int>{1, 1, 1, 2, 2, 2}));
    QCOMPARE(history.at(2).error, QStringLiteral("BUSY"));
    QCOMPARE(history.at(2).at, at.addSecs(60));
    QCOMPARE(history.at(5), webhook);

    Store::LoadedState state = store.load();
    QCOMPARE(state.calls.first().attempt, 2);
    QCOMPARE(state.transitionCount, 6);

    // A late transition of the first attempt does not take the call's attempt back.
    Store::WriteBatch late;
    late.transitions = {transition(id, at.addSecs(61), CallStatus::Failed, 1)};
    QVERIFY(store.write(late));
    QCOMPARE(store.load().calls.first().attempt, 2);
    QVERIFY(store.transitions(QStringLiteral("nobody")).isEmpty());
}

void TestHistoryStore::untrackKeepsHistory()
{
    QTemporaryDir dir;
    Store store(m_clock);
    QVERIFY(store.open(dir.path()));
    Store::WriteBatch batch;
    batch.trackBatches = {QStringLiteral("b1"), QStringLiteral("b2")};
    batch.trackCalls = {{QStringLiteral("solo"), {}}, {QStringLiteral("m1"), QStringLiteral("b1")}};
    // A snapshot of a call nobody tracked yet (a batch member seen in its batch's answer) tracks it.
    CallSnapshot member = bareSnapshot(QStringLiteral("m2"), t0());
    member.batchId = QStringLiteral("b1");
    batch.snapshots = {member, bareSnapshot(QStringLiteral("solo"), t0())};
    batch.transitions = {transition(QStringLiteral("solo"), t0(), CallStatus::Completed),
                         transition(QStringLiteral("m1"), t0(), CallStatus::Completed)};
    QVERIFY(store.write(batch));
    // In the order added; at the same instant, in the order written.
    QCOMPARE(callIds(store.load()),
             (QStringList{QStringLiteral("solo"), QStringLiteral("m1"), QStringLiteral("m2")}));
    QCOMPARE(findCall(store.load(), QStringLiteral("m2"))->batchId, QStringLiteral("b1"));

    Store::WriteBatch untrack;
    untrack.untrackCalls = {QStringLiteral("solo")};
    untrack.untrackBatches = {QStringLiteral("b1")};
    QVERIFY(store.write(untrack));
    Store::LoadedState state = store.load();
    QVERIFY(state.calls.isEmpty());
    QCOMPARE(state.batches.size(), 1);
    QCOMPARE(state.batches.first().batchId, QStringLiteral("b2"));
    // History stays for the charts and the timeline.
    QCOMPARE(store.transitions(QStringLiteral("solo")).size(), 1);
    QCOMPARE(state.transitionCount, 2);

    // Tracked again: no stale snapshot comes back with it.
    Store::WriteBatch again;
    again.trackCalls = {{QStringLiteral("solo"), {}}};
    QVERIFY(store.write(again));
    QVERIFY(!store.load().calls.first().snapshot.has_value());
}

void TestHistoryStore::invalidBatchWritesNothing_data()
{
    QTest::addColumn<Store::Transition>("bad");
    QTest::addColumn<QString>("message");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1'763'217'001'123LL, QTimeZone::utc());
    QTest::newRow("empty call id") << transition(QString(), at, CallStatus::Ongoing)
                                   << QStringLiteral("call id");
    QTest::newRow("invalid time") << transition(QStringLiteral("c"), QDateTime(), CallStatus::Ongoing)
                                  << QStringLiteral("time");
    QTest::newRow("attempt 0") << transition(QStringLiteral("c"), at, CallStatus::Ongoing, 0)
                               << QStringLiteral("attempt");
}

void TestHistoryStore::invalidBatchWritesNothing()
{
    QFETCH(Store::Transition, bad);
    QFETCH(QString, message);
    QTemporaryDir dir;
    Store store(m_clock);
    QVERIFY(store.open(dir.path()));
    Store::WriteBatch batch;
    batch.trackCalls = {{QStringLiteral("c"), {}}};
    batch.transitions = {transition(QStringLiteral("c"), t0(), CallStatus::Scheduled), bad};
    QVERIFY(!store.write(batch));
    QVERIFY2(store.lastError().contains(message), qPrintable(store.lastError()));
    QCOMPARE(store.queuedBatchCount(), 0);
    const Store::LoadedState state = store.load();
    QVERIFY(state.calls.isEmpty());
    QCOMPARE(state.transitionCount, 0);
    // The store goes on as before.
    batch.transitions.removeLast();
    QVERIFY(store.write(batch));
    QCOMPARE(store.load().transitionCount, 1);
}

void TestHistoryStore::manyTransitionsInOneBatch()
{
    QTemporaryDir dir;
    Store store(m_clock);
    QVERIFY(store.open(dir.path()));
    Store::WriteBatch batch;
    for (int i = 0; i < 10'000; ++i) {
        const QString id = QStringLiteral("call_%1").arg(i % 500);
        if (i < 500)
            batch.trackCalls.append({id, {}});
        batch.transitions.append(transition(id, t0().addSecs(i), CallStatus::Ongoing, 1 + i / 5000));
    }
    QVERIFY(store.write(batch));
    const Store::LoadedState state = store.load();
    QCOMPARE(state.calls.size(), 500);
    QCOMPARE(state.transitionCount, 10'000);
    QCOMPARE(findCall(state, QStringLiteral("call_7"))->attempt, 2);
    QCOMPARE(store.transitions(QStringLiteral("call_7")).size(), 20);
    QCOMPARE(RawDb(dbPath(dir)).value(QStringLiteral("SELECT count(*) FROM transitions")).toInt(), 10'000);
}

void TestHistoryStore::countTransitionsPerBucket()
{
    QTemporaryDir dir;
    Store store(m_clock);
    QVERIFY(store.open(dir.path()));
    const QDateTime from(QDate(2025, 11, 15), QTime(9, 0), QTimeZone::utc());
    Store::WriteBatch batch;
    batch.transitions = {
        transition(QStringLiteral("a"), from, CallStatus::Completed),            // bucket 0, first instant
        transition(QStringLiteral("b"), from.addSecs(3599), CallStatus::Missed), // bucket 0, last second
        transition(QStringLiteral("c"), from.addSecs(600), CallStatus::Ongoing), // not final: ignored
        transition(QStringLiteral("d"), from.addSecs(3600), CallStatus::Failed), // bucket 1
        transition(QStringLiteral("e"), from.addSecs(3700), CallStatus::Failed), // bucket 1
        transition(QStringLiteral("f"), from.addSecs(3 * 3600 + 5),
                   CallStatus::Completed), // partial bucket 3
        transition(QStringLiteral("g"), from.addSecs(3 * 3600 + 1800), CallStatus::Completed), // == to: out
        transition(QStringLiteral("h"), from.addSecs(-1), CallStatus::Completed), // before from: out
        transition(QStringLiteral("i"), from.addSecs(100), CallStatus::Unknown, 1, QStringLiteral("DONE")),
    };
    QVERIFY(store.write(batch));

    const QDateTime to = from.addSecs(3 * 3600 + 1800);
    const QList<Store::BucketCount> buckets = store.countTransitions(from, to, 3600);
    QCOMPARE(buckets.size(), 4);
    QCOMPARE(buckets.at(0), (Store::BucketCount{from, 1, 1, 0}));
    QCOMPARE(buckets.at(1), (Store::BucketCount{from.addSecs(3600), 0, 0, 2}));
    QCOMPARE(buckets.at(2), (Store::BucketCount{from.addSecs(7200), 0, 0, 0}));
    QCOMPARE(buckets.at(3), (Store::BucketCount{from.addSecs(10800), 1, 0, 0}));
    QCOMPARE(buckets.at(3).total(), 1);

    QCOMPARE(store.countTransitions(from, to, 86400).size(), 1);
    QCOMPARE(store.countTransitions(from, to, 86400).first().total(), 5);
    QVERIFY(store.countTransitions(to, from, 3600).isEmpty());
    QVERIFY(store.countTransitions(from, to, 0).isEmpty());
    QVERIFY(store.countTransitions(from, from.addYears(10), 1).isEmpty()); // too many buckets
}

namespace {

Store::TransitionRow row(const QString &callId, const QDateTime &at, CallStatus status,
                         const QString &error = {})
{
    return Store::TransitionRow{at.toMSecsSinceEpoch(), callId, status, error};
}

QString describe(const QList<Store::TransitionRow> &rows)
{
    QStringList lines;
    for (const Store::TransitionRow &r : rows) {
        lines.append(
            QStringLiteral("%1 %2 %3 %4").arg(r.atMs).arg(r.callId, callStatusToString(r.status), r.error));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void TestHistoryStore::transitionsBetweenRangeAndOrder()
{
    QTemporaryDir dir;
    Store store(m_clock);
    QVERIFY(store.open(dir.path()));
    const QDateTime from(QDate(2025, 11, 15), QTime(9, 0), QTimeZone::utc());
    const QDateTime to = from.addSecs(3600);
    const QDateTime same = from.addSecs(5);
    Store::WriteBatch batch;
    // Written out of time order. Rows of the same millisecond come back in the order written, which is
    // not the order of the time index (at, status): COMPLETED would sort before ONGOING there.
    batch.transitions = {
        transition(QStringLiteral("a"), from.addSecs(10), CallStatus::Completed),
        transition(QStringLiteral("b"), from, CallStatus::Scheduled), // == from: in
        transition(QStringLiteral("c"), from.addMSecs(-1), CallStatus::Failed, 1, {},
                   QStringLiteral("BUSY")),                         // before from: out
        transition(QStringLiteral("d"), to, CallStatus::Completed), // == to: out
        transition(QStringLiteral("e"), to.addMSecs(-1), CallStatus::Missed),
        transition(QStringLiteral("f"), same, CallStatus::Ongoing),
        transition(QStringLiteral("f"), same, CallStatus::Completed),
        transition(QStringLiteral("g"), same, CallStatus::Failed, 1, {}, QStringLiteral("No answer")),
        transition(QStringLiteral("h"), from.addSecs(20), CallStatus::Unknown, 1, QStringLiteral("RINGING")),
    };
    QVERIFY(store.write(batch));

    const QList<Store::TransitionRow> expected = {
        row(QStringLiteral("b"), from, CallStatus::Scheduled),
        row(QStringLiteral("f"), same, CallStatus::Ongoing),
        row(QStringLiteral("f"), same, CallStatus::Completed),
        row(QStringLiteral("g"), same, CallStatus::Failed, QStringLiteral("No answer")), // the raw field
        row(QStringLiteral("a"), from.addSecs(10), CallStatus::Completed),
        row(QStringLiteral("h"), from.addSecs(20), CallStatus::Unknown),
        row(QStringLiteral("e"), to.addMSecs(-1), CallStatus::Missed),
    };
    const QList<Store::TransitionRow> rows = store.transitionsBetween(from, to);
    QVERIFY2(rows == expected, qPrintable(describe(rows)));

    // The visitor hands out the very same rows.
    QList<Store::TransitionRow> visited;
    QVERIFY(store.visitTransitionsBetween(from, to, {},
                                          [&](const Store::TransitionRow &r) { visited.append(r); }));
    QVERIFY(visited == expected);

    // A look-back start at or after `from` adds nothing; an empty or reversed range has no rows.
    QVERIFY(store.transitionsBetween(from, to, from) == expected);
    QVERIFY(store.transitionsBetween(from, from).isEmpty());
    QVERIFY(store.transitionsBetween(to, from).isEmpty());
    QCOMPARE(store.transitionsBetween(from.addMSecs(-1), from).size(), 1); // c alone

    // Invalid times and a closed store: no rows, and the visitor says it failed.
    int calls = 0;
    const auto count = [&](const Store::TransitionRow &) {
        ++calls;
    };
    QVERIFY(!store.visitTransitionsBetween(QDateTime(), to, {}, count));
    QVERIFY(store.transitionsBetween(from, QDateTime()).isEmpty());
    store.close();
    QVERIFY(!store.visitTransitionsBetween(from, to, {}, count));
    QCOMPARE(calls, 0);
}

void TestHistoryStore::transitionsBetweenLastPerCall()
{
    QTemporaryDir dir;
    Store store(m_clock);
    QVERIFY(store.open(dir.path()));
    const QDateTime from(QDate(2025, 11, 15), QTime(9, 0), QTimeZone::utc());
    const QDateTime to = from.addSecs(3600);
    const QDateTime since = from.addSecs(-3600);
    Store::WriteBatch batch;
    batch.transitions = {
        // h: two in the look-back, only its last counts.
        transition(QStringLiteral("h"), from.addSecs(-40 * 60), CallStatus::Ongoing),
        transition(QStringLiteral("h"), from.addSecs(-50 * 60), CallStatus::Scheduled),
        // i: only before the look-back: absent.
        transition(QStringLiteral("i"), since.addMSecs(-1), CallStatus::Scheduled),
        // j: two at the same instant: the one written last is its state.
        transition(QStringLiteral("j"), from.addSecs(-30 * 60), CallStatus::Scheduled),
        transition(QStringLiteral("j"), from.addSecs(-30 * 60), CallStatus::Ongoing),
        // k: at the very start of the look-back (in), and at `from` (a range row).
        transition(QStringLiteral("k"), since, CallStatus::Scheduled),
        transition(QStringLiteral("k"), from, CallStatus::Ongoing),
        // c: the last instant before `from`, with its error.
        transition(QStringLiteral("c"), from.addMSecs(-1), CallStatus::Failed, 1, {}, QStringLiteral("BUSY")),
        // b: in the look-back and in the range; the range rows all come after the look-back rows.
        transition(QStringLiteral("b"), from.addSecs(120), CallStatus::Completed),
        transition(QStringLiteral("b"), from.addSecs(-10 * 60), CallStatus::Ongoing),
        transition(QStringLiteral("b"), from.addSecs(-20 * 60), CallStatus::Scheduled),
        transition(QStringLiteral("b"), to, CallStatus::Completed), // == to: out
    };
    QVERIFY(store.write(batch));

    const QList<Store::TransitionRow> expected = {
        row(QStringLiteral("k"), since, CallStatus::Scheduled),
        row(QStringLiteral("h"), from.addSecs(-40 * 60), CallStatus::Ongoing),
        row(QStringLiteral("j"), from.addSecs(-30 * 60), CallStatus::Ongoing),
        row(QStringLiteral("b"), from.addSecs(-10 * 60), CallStatus::Ongoing),
        row(QStringLiteral("c"), from.addMSecs(-1), CallStatus::Failed, QStringLiteral("BUSY")),
        row(QStringLiteral("k"), from, CallStatus::Ongoing),
        row(QStringLiteral("b"), from.addSecs(120), CallStatus::Completed),
    };
    const QList<Store::TransitionRow> rows = store.transitionsBetween(from, to, since);
    QVERIFY2(rows == expected, qPrintable(describe(rows)));
    // Without a look-back: the range rows only.
    QVERIFY(store.transitionsBetween(from, to) == expected.mid(5));
}

void TestHistoryStore::transitionsBetweenReadsTheTimeIndex()
{
    // The shape of transitionsBetween()'s statement: the range is read in the order of transitions_by_time
    // (no scan, no sort of what may be a million rows) and merged with the look-back rows.
    QTemporaryDir dir;
    {
        Store store(m_clock);
        QVERIFY(store.open(dir.path()));
    }
    RawDb raw(dbPath(dir));
    const QString plan =
        raw.column(QStringLiteral(
                       "EXPLAIN QUERY PLAN SELECT at, id, call_id, status, error FROM transitions"
                       " WHERE at >= 0 AND at < 1000 UNION ALL SELECT at, id, call_id, status, error FROM"
                       " (SELECT at, id, call_id, status, error, row_number() OVER (PARTITION BY call_id"
                       " ORDER BY at DESC, id DESC) AS n FROM transitions WHERE at >= -10 AND at < 0)"
                       " WHERE n = 1 ORDER BY 1"),
                   3)
            .join(QLatin1Char('\n'));
    QVERIFY2(plan.contains(QStringLiteral("MERGE")), qPrintable(plan));
    QVERIFY2(plan.count(QStringLiteral("USING INDEX transitions_by_time")) == 2, qPrintable(plan));
    QVERIFY2(!plan.contains(QStringLiteral("SCAN transitions")), qPrintable(plan));
    // The only sorts are those of the look-back part (RIGHT), never of the range (LEFT).
    const QString left = plan.section(QStringLiteral("RIGHT"), 0, 0);
    QVERIFY2(!left.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
}

void TestHistoryStore::retention()
{
    QTemporaryDir dir;
    Store store(m_clock);
    QCOMPARE(store.retentionDays(), 90);
    QVERIFY(store.open(dir.path()));
    const QDateTime now = t0();
    Store::WriteBatch batch;
    batch.trackCalls = {{QStringLiteral("a"), {}}};
    for (const int days : {200, 100, 91, 89, 1})
        batch.transitions.append(transition(QStringLiteral("a"), now.addDays(-days), CallStatus::Completed));
    QVERIFY(store.write(batch));

    QCOMPARE(store.applyRetention(), 3);
    QList<Store::Transition> left = store.transitions(QStringLiteral("a"));
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.first().at, now.addDays(-89));
    QCOMPARE(store.load().transitionCount, 2);
    QCOMPARE(store.load().calls.size(), 1); // the call itself stays tracked

    store.setRetentionDays(0); // keep forever
    m_clock.advance(qint64(1000) * 86400 * 1000);
    QCOMPARE(store.applyRetention(), 0);
    QCOMPARE(store.transitions(QStringLiteral("a")).size(), 2);

    QCOMPARE(store.pruneTransitions(now.addDays(-1)), 1); // strictly older only
    QCOMPARE(store.transitions(QStringLiteral("a")).size(), 1);
    QCOMPARE(store.load().transitionCount, 1);
}

void TestHistoryStore::restoreQueriesUseIndexes()
{
    // Restoring reads calls and snapshots in the order added without sorting them; the detail pane's
    // timeline, the charts and pruning never scan the transitions table (1,000,000 rows and more): the
    // schema's indexes serve these queries (the same shapes HistoryStore runs).
    QTemporaryDir dir;
    {
        Store store(m_clock);
        QVERIFY(store.open(dir.path()));
    }
    RawDb raw(dbPath(dir));
    const auto plan = [&](const QString &sql) {
        return raw.column(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, 3).join(QLatin1Char('\n'));
    };
    const QString timeline =
        plan(QStringLiteral("SELECT at, attempt, source, status, status_text, error FROM "
                            "transitions WHERE call_id = 'x' ORDER BY at, id"));
    QVERIFY2(timeline.contains(QStringLiteral("USING INDEX transitions_by_call")), qPrintable(timeline));
    QVERIFY2(!timeline.contains(QStringLiteral("TEMP B-TREE")), qPrintable(timeline)); // no sort step
    const QString buckets =
        plan(QStringLiteral("SELECT (at - 0) / 1000 AS bucket, status, count(*) FROM transitions "
                            "WHERE at >= 0 AND at < 1000 AND status IN ('COMPLETED') GROUP BY "
                            "bucket, status"));
    QVERIFY2(buckets.contains(QStringLiteral("COVERING INDEX transitions_by_time")), qPrintable(buckets));
    const QString restore =
        plan(QStringLiteral("SELECT c.call_id, s.snapshot_json FROM calls c LEFT JOIN "
                            "call_snapshots s ON s.call_id = c.call_id ORDER BY c.added_at, "
                            "c.rowid"));
    QVERIFY2(!restore.contains(QStringLiteral("transitions")), qPrintable(restore));
    QVERIFY2(!restore.contains(QStringLiteral("TEMP B-TREE")), qPrintable(restore)); // 100,000 rows, no sort
    const QString prune = plan(QStringLiteral("DELETE FROM transitions WHERE at < 5"));
    QVERIFY2(!prune.contains(QStringLiteral("SCAN transitions")), qPrintable(prune));
}

void TestHistoryStore::uniqueConnectionsRemovedCleanly()
{
    QTemporaryDir one, two;
    QString first, second;
    {
        Store a(m_clock), b(m_clock);
        QVERIFY(a.open(one.path()));
        QVERIFY(b.open(two.path()));
        first = a.connectionName();
        second = b.connectionName();
        QVERIFY(first != second);
        QVERIFY(QSqlDatabase::contains(first));
        QVERIFY(QSqlDatabase::contains(second));
        QVERIFY(a.open(two.path() + QStringLiteral("/again"))); // reopening reuses nothing stale
        QVERIFY(QSqlDatabase::contains(first));
    }
    QVERIFY(!QSqlDatabase::contains(first));
    QVERIFY(!QSqlDatabase::contains(second));
    // failOnWarning (init) also catches "connection is still in use" here.
}

void TestHistoryStore::migratesFromVersion1()
{
    QTemporaryDir dir;
    const qint64 base = t0().toMSecsSinceEpoch();
    {
        // The first schema, written by hand as CallWatch's first version wrote it.
        RawDb v1(dbPath(dir));
        QVERIFY(v1.isOpen());
        QVERIFY(
            v1.exec(QStringLiteral("CREATE TABLE calls (call_id TEXT PRIMARY KEY NOT NULL, batch_id TEXT, "
                                   "added_at INTEGER NOT NULL)")));
        QVERIFY(
            v1.exec(QStringLiteral("CREATE TABLE transitions (call_id TEXT NOT NULL, at INTEGER NOT NULL, "
                                   "status TEXT NOT NULL, source TEXT NOT NULL)")));
        QVERIFY(v1.exec(
            QStringLiteral("INSERT INTO calls VALUES ('call_a', NULL, %1), ('call_b', 'batch_1', %2), "
                           "('call_c', 'batch_1', %3)")
                .arg(base)
                .arg(base + 1000)
                .arg(base + 2000)));
        QVERIFY(v1.exec(
            QStringLiteral("INSERT INTO transitions VALUES ('call_a', %1, 'SCHEDULED', 'poll'), "
                           "('call_a', %2, 'ongoing', 'poll'), ('call_a', %3, 'COMPLETED', 'webhook'), "
                           "('call_b', %4, 'RINGING', 'poll')")
                .arg(base + 10)
                .arg(base + 20)
                .arg(base + 30)
                .arg(base + 5)));
        QVERIFY(v1.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    {
        Store store(m_clock);
        QVERIFY2(store.open(dir.path()), qPrintable(store.problem()));
        QVERIFY(store.openMessage().isEmpty());
        const Store::LoadedState state = store.load();
        QVERIFY(state.ok);
        QCOMPARE(callIds(state),
                 (QStringList{QStringLiteral("call_a"), QStringLiteral("call_b"), QStringLiteral("call_c")}));
        QCOMPARE(findCall(state, QStringLiteral("call_b"))->batchId, QStringLiteral("batch_1"));
        QCOMPARE(findCall(state, QStringLiteral("call_c"))->addedAt,
                 QDateTime::fromMSecsSinceEpoch(base + 2000, QTimeZone::utc()));
        QCOMPARE(findCall(state, QStringLiteral("call_a"))->attempt, 1);
        QVERIFY(!findCall(state, QStringLiteral("call_a"))->notFound);
        QVERIFY(!findCall(state, QStringLiteral("call_a"))->snapshot.has_value());
        // The batch version 1 followed (implied by calls.batch_id) is a tracked batch now.
        QCOMPARE(state.batches.size(), 1);
        QCOMPARE(state.batches.first().batchId, QStringLiteral("batch_1"));
        QCOMPARE(state.batches.first().addedAt,
                 QDateTime::fromMSecsSinceEpoch(base + 1000, QTimeZone::utc()));
        QCOMPARE(state.transitionCount, 4);

        const QList<Store::Transition> a = store.transitions(QStringLiteral("call_a"));
        QCOMPARE(a.size(), 3);
        QCOMPARE(a.at(0).status, CallStatus::Scheduled);
        QCOMPARE(a.at(1).status, CallStatus::Ongoing);
        QCOMPARE(a.at(1).statusText, QStringLiteral("ongoing")); // as it was received
        QCOMPARE(a.at(2).status, CallStatus::Completed);
        QCOMPARE(a.at(2).source, QStringLiteral("webhook"));
        QCOMPARE(a.at(2).at, QDateTime::fromMSecsSinceEpoch(base + 30, QTimeZone::utc()));
        QCOMPARE(a.at(2).attempt, 1);
        const QList<Store::Transition> b = store.transitions(QStringLiteral("call_b"));
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.first().status, CallStatus::Unknown);
        QCOMPARE(b.first().statusText, QStringLiteral("RINGING"));

        // And the migrated file takes everything the current schema stores.
        Store::WriteBatch batch;
        batch.snapshots = {richSnapshot(QStringLiteral("call_a"), t0())};
        batch.transitions = {transition(QStringLiteral("call_a"), t0().addSecs(9), CallStatus::Scheduled, 2)};
        batch.batchStatistics = {{QStringLiteral("batch_1"), QJsonObject{{QStringLiteral("total"), 2}}}};
        QVERIFY2(store.write(batch), qPrintable(store.lastError()));
        QCOMPARE(store.load().transitionCount, 5);
    }
    RawDb raw(dbPath(dir));
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Store::SchemaVersion);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(
        raw.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")),
        (QStringList{QStringLiteral("batches"), QStringLiteral("call_snapshots"), QStringLiteral("calls"),
                     QStringLiteral("store_info"), QStringLiteral("transitions")}));
    QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestHistoryStore::refusesUnknownFilesUntouched_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("message");
    QTest::newRow("newer CallWatch") << 99 << QStringLiteral("made by a newer CallWatch");
    QTest::newRow("someone else's database") << 0 << QStringLiteral("not a CallWatch history file");
}

void TestHistoryStore::refusesUnknownFilesUntouched()
{
    QFETCH(int, version);
    QFETCH(QString, message);
    QTemporaryDir dir;
    {
        RawDb other(dbPath(dir));
        QVERIFY(other.exec(QStringLiteral("CREATE TABLE calls (anything, really)")));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO calls VALUES ('keep', 'me')")));
        QVERIFY(other.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    }
    const QByteArray before = readAll(dbPath(dir));
    QVERIFY(!before.isEmpty());
    {
        Store store(m_clock);
        QSignalSpy problems(&store, &Store::problemChanged);
        QVERIFY(!store.open(dir.path()));
        QCOMPARE(store.mode(), Store::Mode::Memory);
        QVERIFY2(store.problem().startsWith(QStringLiteral("History is not being saved: ")),
                 qPrintable(store.problem()));
        QVERIFY2(store.problem().contains(message), qPrintable(store.problem()));
        QCOMPARE(store.openMessage(), store.problem());
        QCOMPARE(problems.count(), 1);
        QCOMPARE(problems.first().first().toString(), store.problem());
        QVERIFY(store.load().calls.isEmpty()); // its rows are not ours to read

        // The app keeps working, in memory.
        Store::WriteBatch batch;
        batch.trackCalls = {{QStringLiteral("c"), {}}};
        batch.transitions = {transition(QStringLiteral("c"), t0(), CallStatus::Ongoing)};
        QVERIFY(store.write(batch));
        QCOMPARE(store.load().calls.size(), 1);
        QCOMPARE(store.transitions(QStringLiteral("c")).size(), 1);
        QVERIFY(!store.problem().isEmpty()); // a successful write in memory saves nothing
    }
    QCOMPARE(readAll(dbPath(dir)), before);
    QVERIFY(corruptCopies(dir.path()).isEmpty());
    RawDb raw(dbPath(dir));
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), version);
}

void TestHistoryStore::damagedFileIsMovedAside_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("garbage, with a -wal beside it") << 0;
    QTest::newRow("a text file") << 1;
    QTest::newRow("the calls table damaged") << 2;
    QTest::newRow("an SQLite header, garbage after it") << 3;
}

void TestHistoryStore::damagedFileIsMovedAside()
{
    QFETCH(int, kind);
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QByteArray wal;
    if (kind == 0) {
        QByteArray garbage;
        for (int i = 0; i < 65536; ++i)
            garbage.append(char((i * 7919 + 13) % 251));
        QVERIFY(writeFile(path, garbage));
        wal = QByteArray("not a wal either");
        QVERIFY(writeFile(path + QStringLiteral("-wal"), wal));
    } else if (kind == 1) {
        QVERIFY(writeFile(path, QByteArray("call_a,COMPLETED\ncall_b,MISSED\n")));
    } else if (kind == 3) {
        QByteArray bytes("SQLite format 3", 16);
        bytes.append(QByteArray(8192, '\x7F'));
        QVERIFY(writeFile(path, bytes));
    } else {
        makeStoreFile(dir.path(), m_clock);
        int root = 0;
        {
            RawDb raw(path);
            root =
                raw.value(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'calls'")).toInt();
        }
        QVERIFY(root > 1);
        QVERIFY(damagePage(path, root));
    }
    const QByteArray before = readAll(path);

    m_clock.set(QDateTime(QDate(2025, 12, 1), QTime(8, 9, 10), QTimeZone::utc()));
    Store store(m_clock);
    QSignalSpy problems(&store, &Store::problemChanged);
    QVERIFY2(store.open(dir.path()), qPrintable(store.problem()));
    QCOMPARE(store.mode(), Store::Mode::File);
    QVERIFY(store.problem().isEmpty());
    QCOMPARE(problems.count(), 0);

    const QString moved = path + QStringLiteral(".corrupt-20251201T080910Z");
    QCOMPARE(corruptCopies(dir.path()), QStringList{QFileInfo(moved).fileName()});
    QCOMPARE(readAll(moved), before); // set aside byte for byte, never rewritten
    QVERIFY2(store.openMessage().contains(QStringLiteral("damaged")), qPrintable(store.openMessage()));
    QVERIFY2(store.openMessage().contains(QDir::toNativeSeparators(moved)), qPrintable(store.openMessage()));
    if (!wal.isEmpty()) {
        QCOMPARE(readAll(moved + QStringLiteral("-wal")), wal);
    }

    // A fresh, working file in its place.
    QVERIFY(store.load().calls.isEmpty());
    Store::WriteBatch batch;
    batch.trackCalls = {{QStringLiteral("new"), {}}};
    QVERIFY(store.write(batch));
    QCOMPARE(callIds(store.load()), QStringList{QStringLiteral("new")});
    QVERIFY(readAll(path) != before);
}

void TestHistoryStore::damageFoundLaterIsHandledAtNextStart()
{
    // Damage in the big transitions table is not looked for at startup (that would read every transition);
    // once a read runs into it, the next start checks the whole file and sets it aside.
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    makeStoreFile(dir.path(), m_clock, 3000);
    {
        RawDb raw(path);
        const int root =
            raw.value(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'transitions'"))
                .toInt();
        QVERIFY(root > 1);
        QVERIFY(damagePage(path, root));
    }
    {
        Store store(m_clock);
        QVERIFY(store.open(dir.path()));
        QCOMPARE(store.load().calls.size(), 2); // what restore needs is intact
        QVERIFY(store.transitions(QStringLiteral("call_a")).isEmpty());
        QVERIFY2(store.lastError().contains(QStringLiteral("malformed")), qPrintable(store.lastError()));
    }
    QVERIFY(corruptCopies(dir.path()).isEmpty()); // nothing moved while it was in use
    Store store(m_clock);
    QVERIFY(store.open(dir.path()));
    QCOMPARE(corruptCopies(dir.path()).size(), 1);
    QVERIFY(store.openMessage().contains(QStringLiteral("damaged")));
    QVERIFY(store.load().calls.isEmpty());

    // The next start is a normal one.
    Store::WriteBatch batch;
    batch.trackCalls = {{QStringLiteral("x"), {}}};
    QVERIFY(store.write(batch));
    store.close();
    QVERIFY(store.open(dir.path()));
    QVERIFY(store.openMessage().isEmpty());
    QCOMPARE(corruptCopies(dir.path()).size(), 1);
    QCOMPARE(store.load().calls.size(), 1);
}

namespace {
bool runsAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}
} // namespace

void TestHistoryStore::unwritableLocationFallsBackToMemory_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("folder cannot be created (a file is in the way)")
        << 0 << QStringLiteral("cannot be created");
    QTest::newRow("file opened read-only (works as root)") << 1 << QStringLiteral("read-only");
    // File permissions do not stop root (CI runs as root): there the row above covers this path, and this
    // row only exists where permissions can be tested.
    if (!runsAsRoot())
        QTest::newRow("write-protected file (chmod)") << 2 << QStringLiteral("read-only");
#ifdef Q_OS_LINUX
    QTest::newRow("folder where no file can be created (/proc)") << 3 << QStringLiteral("cannot be opened");
#endif
}

void TestHistoryStore::unwritableLocationFallsBackToMemory()
{
    QFETCH(int, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QString folder = dir.path();
    Store::OpenMode openMode = Store::OpenMode::ReadWrite;
    const bool hasSavedData = kind == 1 || kind == 2;
    if (kind == 0) {
        QVERIFY(writeFile(dir.filePath(QStringLiteral("plain-file")), QByteArray("x")));
        folder = dir.filePath(QStringLiteral("plain-file/history"));
    } else if (hasSavedData) {
        makeStoreFile(folder, m_clock);
        if (kind == 1) {
            openMode = Store::OpenMode::ReadOnly;
        } else {
            QVERIFY(
                QFile::setPermissions(dbPath(dir), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
            QVERIFY(!QFileInfo(dbPath(dir)).isWritable());
        }
    } else {
        folder = QStringLiteral("/proc/self");
    }
    const QByteArray before = readAll(dbPath(dir));

    Store store(m_clock);
    QSignalSpy problems(&store, &Store::problemChanged);
    QVERIFY(!store.open(folder, openMode));
    QCOMPARE(store.mode(), Store::Mode::Memory);
    QVERIFY(!store.isPersistent());
    QVERIFY2(store.problem().startsWith(QStringLiteral("History is not being saved: ")),
             qPrintable(store.problem()));
    QVERIFY2(store.problem().contains(reason), qPrintable(store.problem()));
    QCOMPARE(problems.count(), 1);
    QCOMPARE(store.openMessage(), store.problem());

    // What was saved is still shown...
    Store::LoadedState state = store.load();
    if (hasSavedData) {
        QCOMPARE(callIds(state), (QStringList{QStringLiteral("call_a"), QStringLiteral("call_b")}));
        QVERIFY(findCall(state, QStringLiteral("call_a"))->snapshot.has_value());
        QCOMPARE(state.transitionCount, 3);
        QCOMPARE(store.transitions(QStringLiteral("call_a")).size(), 3);
    } else {
        QVERIFY(state.calls.isEmpty());
    }
    // ...and everything keeps working, in memory.
    Store::WriteBatch batch;
    batch.trackCalls = {{QStringLiteral("call_new"), {}}};
    batch.transitions = {transition(QStringLiteral("call_new"), t0(), CallStatus::Ongoing)};
    QVERIFY(store.write(batch));
    state = store.load();
    QVERIFY(findCall(state, QStringLiteral("call_new")));
    QCOMPARE(state.transitionCount, hasSavedData ? 4 : 1);
    QCOMPARE(store.applyRetention(), 0);
    QCOMPARE(store.countTransitions(t0(), t0().addSecs(60), 60).size(), 1);
    QCOMPARE(problems.count(), 1);

    if (kind == 0)
        QVERIFY(!QFileInfo::exists(folder));
    if (hasSavedData) {
        store.close();
        QCOMPARE(readAll(dbPath(dir)), before); // nothing written to the file
    }
}

void TestHistoryStore::lockedAtOpenKeepsHistoryVisible()
{
    QTemporaryDir dir;
    makeStoreFile(dir.path(), m_clock);
    RawDb other(dbPath(dir));
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(
        other.exec(QStringLiteral("UPDATE calls SET added_at = added_at"))); // really holding the write lock

    Store store(m_clock);
    store.setBusyTimeoutMs(50);
    QVERIFY(!store.open(dir.path()));
    QCOMPARE(store.mode(), Store::Mode::Memory);
    QVERIFY2(store.problem().contains(QStringLiteral("locked by another program")),
             qPrintable(store.problem()));
    QCOMPARE(store.load().calls.size(), 2); // read while the other program writes (WAL)
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
}

void TestHistoryStore::fullDiskWritesNothingAndRetries()
{
    QTemporaryDir dir;
    Store store(m_clock);
    QSignalSpy problems(&store, &Store::problemChanged);
    QVERIFY(store.open(dir.path()));
    Store::WriteBatch earlier;
    earlier.trackCalls = {{QStringLiteral("old"), {}}};
    earlier.transitions = {transition(QStringLiteral("old"), t0(), CallStatus::Completed)};
    QVERIFY(store.write(earlier));

    // No room for one more page: the disk is "full".
    const int pages = onStoreConnection(store, QStringLiteral("PRAGMA page_count")).toInt();
    QVERIFY(pages > 0);
    QCOMPARE(onStoreConnection(store, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).toInt(),
             pages);

    // Big enough that the failure comes half-way, after the calls, snapshots and part of the transitions.
    Store::WriteBatch big;
    big.trackCalls = {{QStringLiteral("n1"), {}}, {QStringLiteral("n2"), {}}};
    big.snapshots = {richSnapshot(QStringLiteral("n1"), t0())};
    for (int i = 0; i < 3000; ++i) {
        big.transitions.append(transition(QStringLiteral("n1"), t0().addSecs(i), CallStatus::Ongoing, 1, {},
                                          QString(100, QLatin1Char('e'))));
    }
    big.untrackCalls = {QStringLiteral("old")};
    QVERIFY(!store.write(big));
    QVERIFY2(store.lastError().contains(QStringLiteral("full")), qPrintable(store.lastError()));
    QVERIFY2(store.problem().contains(QStringLiteral("the disk is full")), qPrintable(store.problem()));
    QVERIFY(store.problem().contains(QStringLiteral("kept in memory")));
    QCOMPARE(problems.count(), 1);
    QCOMPARE(store.queuedBatchCount(), 1);
    QCOMPARE(store.mode(), Store::Mode::File);

    // Nothing of it was written; what was there before is intact.
    Store::LoadedState state = store.load();
    QCOMPARE(callIds(state), QStringList{QStringLiteral("old")});
    QCOMPARE(state.transitionCount, 1);
    QVERIFY(store.transitions(QStringLiteral("n1")).isEmpty());
    QCOMPARE(store.transitions(QStringLiteral("old")).size(), 1);

    // Still full: the next batch queues behind it.
    Store::WriteBatch next;
    next.trackCalls = {{QStringLiteral("n3"), {}}};
    QVERIFY(!store.write(next));
    QCOMPARE(store.queuedBatchCount(), 2);
    QVERIFY(store.problem().contains(QStringLiteral("2 batches of changes are kept")));

    // Space is back: one more write stores everything, in order, once.
    onStoreConnection(store, QStringLiteral("PRAGMA max_page_count = 1073741823"));
    Store::WriteBatch last;
    last.transitions = {transition(QStringLiteral("n3"), t0(), CallStatus::Scheduled)};
    QVERIFY2(store.write(last), qPrintable(store.lastError()));
    QCOMPARE(store.queuedBatchCount(), 0);
    QVERIFY(store.problem().isEmpty());
    QCOMPARE(problems.count(), 3); // full, full (2 batches), cleared
    QVERIFY(problems.last().first().toString().isEmpty());
    state = store.load();
    QCOMPARE(callIds(state), (QStringList{QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3")}));
    QCOMPARE(state.transitionCount, 3002);
    QCOMPARE(store.transitions(QStringLiteral("n1")).size(), 3000);
    QVERIFY(findCall(state, QStringLiteral("n1"))->snapshot.has_value());
}

void TestHistoryStore::lockedDatabaseQueuesAndRetries()
{
    QTemporaryDir dir;
    Store store(m_clock);
    QSignalSpy problems(&store, &Store::problemChanged);
    QVERIFY(store.open(dir.path()));
    store.setBusyTimeoutMs(50);

    RawDb other(dbPath(dir));
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    Store::WriteBatch batch;
    batch.trackCalls = {{QStringLiteral("a"), {}}};
    batch.transitions = {transition(QStringLiteral("a"), t0(), CallStatus::Ongoing)};
    QVERIFY(!store.write(batch));
    QVERIFY2(store.problem().contains(QStringLiteral("the database is locked by another program")),
             qPrintable(store.problem()));
    QCOMPARE(problems.count(), 1);
    QCOMPARE(store.queuedBatchCount(), 1);
    QVERIFY(!store.flush()); // still locked
    QCOMPARE(store.queuedBatchCount(), 1);
    QVERIFY(store.load().calls.isEmpty());

    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(store.flush());
    QCOMPARE(store.queuedBatchCount(), 0);
    QVERIFY(store.problem().isEmpty());
    QCOMPARE(problems.count(), 2);
    QCOMPARE(callIds(store.load()), QStringList{QStringLiteral("a")});
    QCOMPARE(other.value(QStringLiteral("SELECT count(*) FROM transitions")).toInt(), 1);
}

void TestHistoryStore::retryQueueIsBounded()
{
    QTemporaryDir dir;
    Store store(m_clock);
    QVERIFY(store.open(dir.path()));
    store.setBusyTimeoutMs(10);
    store.setMaxQueuedBatches(3);
    RawDb other(dbPath(dir));
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    for (int i = 0; i < 5; ++i) {
        Store::WriteBatch batch;
        batch.trackCalls = {{QStringLiteral("c%1").arg(i), {}}};
        QVERIFY(!store.write(batch));
    }
    QCOMPARE(store.queuedBatchCount(), 3);
    QVERIFY2(store.problem().contains(QStringLiteral("2 older batch(es) of changes were dropped")),
             qPrintable(store.problem()));
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(store.flush());
    QVERIFY(store.problem().isEmpty());
    QCOMPARE(callIds(store.load()),
             (QStringList{QStringLiteral("c2"), QStringLiteral("c3"), QStringLiteral("c4")}));
}

void TestHistoryStore::rejectedBatchIsDroppedAlone()
{
    QTemporaryDir dir;
    Store store(m_clock);
    QSignalSpy problems(&store, &Store::problemChanged);
    QVERIFY(store.open(dir.path()));
    store.setBusyTimeoutMs(10);
    {
        // Something retrying can never fix (SQLITE_CONSTRAINT), for one call id only.
        RawDb raw(dbPath(dir));
        QVERIFY(raw.exec(
            QStringLiteral("CREATE TRIGGER reject BEFORE INSERT ON transitions WHEN NEW.call_id = 'bad' "
                           "BEGIN SELECT RAISE(ABORT, 'rejected by a test trigger'); END")));
    }
    const auto batchFor = [this](const QString &id) {
        Store::WriteBatch batch;
        batch.trackCalls = {{id, {}}};
        batch.transitions = {transition(id, t0(), CallStatus::Ongoing)};
        return batch;
    };
    {
        // Queue two batches behind a lock, so that the bad one sits between two good ones.
        RawDb other(dbPath(dir));
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(!store.write(batchFor(QStringLiteral("good1"))));
        QVERIFY(!store.write(batchFor(QStringLiteral("bad"))));
        QCOMPARE(store.queuedBatchCount(), 2);
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    }
    QVERIFY(!store.write(batchFor(QStringLiteral("good2"))));
    QCOMPARE(store.queuedBatchCount(), 0); // nothing left to retry: the bad batch is gone
    QVERIFY2(store.problem().contains(QStringLiteral("rejected by the database")),
             qPrintable(store.problem()));
    QVERIFY2(store.lastError().contains(QStringLiteral("rejected by a test trigger")),
             qPrintable(store.lastError()));
    const Store::LoadedState state = store.load();
    QCOMPARE(callIds(state),
             (QStringList{QStringLiteral("good1"), QStringLiteral("good2")})); // not "bad" either
    QCOMPARE(state.transitionCount, 2);

    QVERIFY(store.write(batchFor(QStringLiteral("good3"))));
    QVERIFY(store.problem().isEmpty());
    QVERIFY(problems.last().first().toString().isEmpty());
}

void TestHistoryStore::queueIsFlushedOnClose()
{
    QTemporaryDir dir;
    {
        Store store(m_clock);
        QVERIFY(store.open(dir.path()));
        store.setBusyTimeoutMs(10);
        {
            RawDb other(dbPath(dir));
            QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            Store::WriteBatch batch;
            batch.trackCalls = {{QStringLiteral("late"), {}}};
            QVERIFY(!store.write(batch));
            QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        }
        QCOMPARE(store.queuedBatchCount(), 1);
    } // destroyed with a batch still queued: it gets a last try
    Store store(m_clock);
    QVERIFY(store.open(dir.path()));
    QCOMPARE(callIds(store.load()), QStringList{QStringLiteral("late")});
}

void TestHistoryStore::defaultFolderIsAppData()
{
    QStandardPaths::setTestModeEnabled(true); // ~/.qttest/...: never the user's own data
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(Store::defaultDirectory(), folder);
    QVERIFY(!folder.isEmpty());
    {
        Store store(m_clock);
        QVERIFY(store.open());
        QCOMPARE(store.filePath(), QDir(folder).filePath(Store::fileName()));
        QVERIFY(QFileInfo::exists(store.filePath()));
    }
    QVERIFY(QDir(folder).removeRecursively());
    QStandardPaths::setTestModeEnabled(false);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
