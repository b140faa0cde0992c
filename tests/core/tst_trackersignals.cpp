#include "testsupport.h"

#include "calltablemodel.h"
#include "calltracker.h"
#include "clock.h"
#include "dialgenclient.h"
#include "historystore.h"
#include "sim/dialgensimulator.h"
#include "sim/simworld.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cw;

// The two signals other parts of the app build on: CallTracker::transitionsRecorded (the trend charts and
// the wallboard count it live) and CallTracker::batchStatisticsChanged / batchStatistics() (batch
// progress). The rest of the tracker is covered by tst_calltracker.
class TestTrackerSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void transitionsAreTheStatusChangesApplied_data();
    void transitionsAreTheStatusChangesApplied();
    void detailChangesAreNoTransition();
    void newAttemptIsATransition();
    void historyRecordsWhatWasEmitted();
    void restoringEmitsNoTransitions();
    void pollAnswerIsOneSignalWithEveryChange();
    void batchStatisticsArriveFromThePoll();
    void batchStatisticsComeBackFromTheHistory();

private:
    static CallTracker::Settings fastSettings();
    int served(const QString &path) const;
    std::unique_ptr<CallTracker> makeTracker(CallTableModel *model, const Clock &clock) const;

    std::unique_ptr<sim::DialgenSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DialgenClient> m_client;
    std::unique_ptr<CallTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ManualClock m_clock;
    QList<QString> m_servedPaths;
};

namespace {

CallSnapshot snapshot(const QString &id, CallStatus status, const QDateTime &start = {})
{
    CallSnapshot call;
    call.callId = id;
    call.status = status;
    call.statusText = callStatusToString(status);
    call.startTime = start;
    call.source = SnapshotSource::LiveStatus;
    return call;
}

using Transitions = QList<HistoryStore::Transition>;

// Every transition of every emission, in the order emitted.
Transitions flatten(const QSignalSpy &spy)
{
    Transitions all;
    for (const QList<QVariant> &arguments : spy)
        all += arguments.at(0).value<Transitions>();
    return all;
}

} // namespace

CallTracker::Settings TestTrackerSignals::fastSettings()
{
    CallTracker::Settings settings;
    settings.poll.ongoingMs = 100;
    settings.poll.scheduledMs = 100;
    settings.poll.batchMs = 100;
    settings.poll.batchStatisticsMs = 100;
    settings.poll.backoffBaseMs = 50;
    settings.poll.backoffCapMs = 200;
    settings.poll.ratePerSecond = 1000;
    settings.tickMs = 20;
    return settings;
}

void TestTrackerSignals::init()
{
    qRegisterMetaType<Transitions>();
    sim::SimConfig config;
    config.seed = 11;
    config.autoAdvance = false; // the world moves only when a test moves it
    config.autoTraffic = false;
    config.historyDays = 0;
    m_sim = std::make_unique<sim::DialgenSimulator>(config);
    QString error;
    QVERIFY2(m_sim->start(0, &error), qPrintable(error));
    m_servedPaths.clear();
    connect(m_sim.get(), &sim::DialgenSimulator::requestServed, this,
            [this](const QString &path, int) { m_servedPaths.append(path); });
    m_network = std::make_unique<QNetworkAccessManager>();
    ClientConfig client;
    client.baseUrl = m_sim->baseUrl();
    client.apiKey = m_sim->apiKey();
    client.transferTimeoutMs = 3000;
    m_client = std::make_unique<DialgenClient>(m_network.get(), client);
    m_model = std::make_unique<CallTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_clock.set(QDateTime(QDate(2025, 11, 15), QTime(14, 0), QTimeZone::utc()));
}

void TestTrackerSignals::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_network.reset();
    m_sim.reset();
}

int TestTrackerSignals::served(const QString &path) const
{
    return int(m_servedPaths.count(path));
}

std::unique_ptr<CallTracker> TestTrackerSignals::makeTracker(CallTableModel *model, const Clock &clock) const
{
    auto tracker = std::make_unique<CallTracker>(m_client.get(), model, clock);
    tracker->setSettings(fastSettings());
    return tracker;
}

void TestTrackerSignals::transitionsAreTheStatusChangesApplied_data()
{
    QTest::addColumn<QList<CallStatus>>("applied");
    QTest::addColumn<QList<CallStatus>>("recorded");
    using S = CallStatus;
    QTest::newRow("first snapshot") << QList<S>{S::Scheduled} << QList<S>{S::Scheduled};
    QTest::newRow("identical repeat") << QList<S>{S::Scheduled, S::Scheduled} << QList<S>{S::Scheduled};
    QTest::newRow("one per new status") << QList<S>{S::Scheduled, S::Ongoing, S::Completed}
                                        << QList<S>{S::Scheduled, S::Ongoing, S::Completed};
    QTest::newRow("repeats in between")
        << QList<S>{S::Scheduled, S::Scheduled, S::Ongoing, S::Ongoing, S::Missed, S::Missed}
        << QList<S>{S::Scheduled, S::Ongoing, S::Missed};
    QTest::newRow("stale answer going backwards")
        << QList<S>{S::Ongoing, S::Scheduled, S::Ongoing} << QList<S>{S::Ongoing};
    QTest::newRow("straight to an end") << QList<S>{S::Failed, S::Failed} << QList<S>{S::Failed};
}

void TestTrackerSignals::transitionsAreTheStatusChangesApplied()
{
    QFETCH(QList<CallStatus>, applied);
    QFETCH(QList<CallStatus>, recorded);
    auto tracker = makeTracker(m_model.get(), m_clock);
    QSignalSpy spy(tracker.get(), &CallTracker::transitionsRecorded);
    const QString id = QStringLiteral("call_1");
    for (CallStatus status : applied) {
        m_clock.advance(1000);
        const qsizetype before = spy.count();
        tracker->apply(snapshot(id, status));
        // At most one emission per apply(), carrying exactly the change just applied.
        QVERIFY(spy.count() - before <= 1);
        if (spy.count() > before) {
            const Transitions emitted = spy.last().at(0).value<Transitions>();
            QCOMPARE(emitted.size(), 1);
            QCOMPARE(emitted.first().callId, id);
            QCOMPARE(emitted.first().status, status);
            QCOMPARE(emitted.first().at, m_clock.now()); // no times in the payload: when it was seen
            QCOMPARE(emitted.first().attempt, 1);
            QCOMPARE(emitted.first().source, QString(HistoryStore::SourcePoll));
        }
    }
    QCOMPARE(spy.count(), recorded.size());
    QList<CallStatus> statuses;
    for (const HistoryStore::Transition &transition : flatten(spy))
        statuses.append(transition.status);
    QCOMPARE(statuses, recorded);
    QCOMPARE(m_model->snapshot(id)->status, recorded.constLast());
}

void TestTrackerSignals::detailChangesAreNoTransition()
{
    auto tracker = makeTracker(m_model.get(), m_clock);
    QSignalSpy spy(tracker.get(), &CallTracker::transitionsRecorded);
    CallSnapshot call = snapshot(QStringLiteral("call_2"), CallStatus::Ongoing);
    QVERIFY(tracker->apply(call));
    QCOMPARE(spy.count(), 1);
    // The row changes (a phone number arrives), the status does not: no transition.
    call.phoneNumber = QStringLiteral("+15550001111");
    QVERIFY(tracker->apply(call));
    QCOMPARE(m_model->snapshot(call.callId)->phoneNumber, call.phoneNumber);
    QCOMPARE(spy.count(), 1);
    // A status text that differs while the canonical status is the same is a change the history keeps.
    call.statusText = QStringLiteral("ongoing");
    tracker->apply(call);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().at(0).value<Transitions>().first().statusText, QStringLiteral("ongoing"));
    // Empty call ids are ignored.
    tracker->apply(snapshot(QString(), CallStatus::Completed));
    QCOMPARE(spy.count(), 2);
}

void TestTrackerSignals::newAttemptIsATransition()
{
    auto tracker = makeTracker(m_model.get(), m_clock);
    QSignalSpy spy(tracker.get(), &CallTracker::transitionsRecorded);
    const QDateTime firstDial = m_clock.now();
    const QString id = QStringLiteral("call_3");
    tracker->apply(snapshot(id, CallStatus::Scheduled, firstDial));
    m_clock.advance(60'000);
    tracker->apply(snapshot(id, CallStatus::Missed, firstDial));
    m_clock.advance(300'000);
    // The retry: SCHEDULED again with a later start is attempt 2, not a stale answer.
    const QDateTime redial = m_clock.now();
    tracker->apply(snapshot(id, CallStatus::Scheduled, redial));
    tracker->apply(snapshot(id, CallStatus::Scheduled, redial)); // repeated: nothing
    const Transitions all = flatten(spy);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).status, CallStatus::Scheduled);
    QCOMPARE(all.at(0).attempt, 1);
    QCOMPARE(all.at(1).status, CallStatus::Missed);
    QCOMPARE(all.at(1).attempt, 1);
    QCOMPARE(all.at(2).status, CallStatus::Scheduled);
    QCOMPARE(all.at(2).attempt, 2);
}

void TestTrackerSignals::historyRecordsWhatWasEmitted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store(m_clock);
    QVERIFY(store.open(dir.path()));
    auto tracker = makeTracker(m_model.get(), m_clock);
    tracker->setStore(&store);
    QSignalSpy spy(tracker.get(), &CallTracker::transitionsRecorded);
    const QString a = QStringLiteral("call_a");
    const QString b = QStringLiteral("call_b");
    for (CallStatus status : {CallStatus::Scheduled, CallStatus::Ongoing, CallStatus::Ongoing}) {
        m_clock.advance(2000);
        tracker->apply(snapshot(a, status));
        tracker->apply(snapshot(b, status == CallStatus::Ongoing ? CallStatus::Failed : status));
    }
    tracker->flushStore();
    const Transitions emitted = flatten(spy);
    QCOMPARE(emitted.size(), 4); // a: SCHEDULED, ONGOING; b: SCHEDULED, FAILED
    Transitions emittedA;
    Transitions emittedB;
    for (const HistoryStore::Transition &transition : emitted)
        (transition.callId == a ? emittedA : emittedB).append(transition);
    QCOMPARE(store.transitions(a), emittedA);
    QCOMPARE(store.transitions(b), emittedB);
    tracker->setStore(nullptr);
}

void TestTrackerSignals::restoringEmitsNoTransitions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString id = QStringLiteral("call_r");
    {
        HistoryStore store(m_clock);
        QVERIFY(store.open(dir.path()));
        auto tracker = makeTracker(m_model.get(), m_clock);
        tracker->setStore(&store);
        tracker->trackCall(id);
        tracker->apply(snapshot(id, CallStatus::Scheduled));
        m_clock.advance(5000);
        tracker->apply(snapshot(id, CallStatus::Ongoing));
        tracker->apply(snapshot(QStringLiteral("call_s"), CallStatus::Completed));
        tracker->flushStore();
        tracker->setStore(nullptr);
    }
    HistoryStore store(m_clock);
    QVERIFY(store.open(dir.path()));
    CallTableModel model;
    auto tracker = makeTracker(&model, m_clock);
    tracker->setStore(&store);
    QSignalSpy spy(tracker.get(), &CallTracker::transitionsRecorded);
    QCOMPARE(tracker->restoreFromStore(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.snapshot(id)->status, CallStatus::Ongoing);
    QCOMPARE(spy.count(), 0);
    tracker->flushStore();
    QCOMPARE(store.transitions(id).size(), 2); // restoring wrote no transition either

    // After the restore: the status it restored is no news, the next one is.
    m_clock.advance(5000);
    tracker->apply(snapshot(id, CallStatus::Ongoing));
    QCOMPARE(spy.count(), 0);
    tracker->apply(snapshot(id, CallStatus::Completed));
    QCOMPARE(spy.count(), 1);
    const Transitions emitted = spy.at(0).at(0).value<Transitions>();
    QCOMPARE(emitted.size(), 1);
    QCOMPARE(emitted.first().status, CallStatus::Completed);
    QCOMPARE(emitted.first().callId, id);
    tracker->setStore(nullptr);
}

void TestTrackerSignals::pollAnswerIsOneSignalWithEveryChange()
{
    const QString batchId = m_sim->world().createBatch(5);
    const QStringList members = m_sim->world().batch(batchId)->callIds;
    QCOMPARE(members.size(), 5);
    auto tracker = makeTracker(m_model.get(), Clock::system());
    QSignalSpy spy(tracker.get(), &CallTracker::transitionsRecorded);
    QVERIFY(tracker->trackBatch(batchId));
    tracker->start();
    // The first answer about the batch: one signal, five SCHEDULED calls, in the order of the answer.
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    Transitions first = spy.at(0).at(0).value<Transitions>();
    QCOMPARE(first.size(), 5);
    QStringList ids;
    for (const HistoryStore::Transition &transition : first) {
        ids << transition.callId;
        QCOMPARE(transition.status, CallStatus::Scheduled);
        QCOMPARE(transition.source, QString(HistoryStore::SourcePoll));
    }
    QCOMPARE(ids, members);

    // Two more answers with nothing new: no signal.
    const QString batchPath = QStringLiteral("/api/v1/status/batch");
    int answers = served(batchPath);
    QTRY_VERIFY(served(batchPath) >= answers + 2);
    QCOMPARE(spy.count(), 1);

    // Two calls end at Dialgen: exactly those two changes arrive, in one signal.
    QVERIFY(m_sim->world().forceStatus(members.at(1), sim::SimCallStatus::Completed));
    QVERIFY(m_sim->world().forceStatus(members.at(3), sim::SimCallStatus::Failed,
                                       QStringLiteral("INVALID_NUMBER")));
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 2);
    const Transitions second = spy.at(1).at(0).value<Transitions>();
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.at(0).callId, members.at(1));
    QCOMPARE(second.at(0).status, CallStatus::Completed);
    QCOMPARE(second.at(1).callId, members.at(3));
    QCOMPARE(second.at(1).status, CallStatus::Failed);
    QCOMPARE(second.at(1).error, QStringLiteral("INVALID_NUMBER"));

    answers = served(batchPath);
    QTRY_VERIFY(served(batchPath) >= answers + 2);
    QCOMPARE(spy.count(), 2);
    tracker->stop();
    QTRY_COMPARE(tracker->scheduler().inFlight(), 0);
}

void TestTrackerSignals::batchStatisticsArriveFromThePoll()
{
    const QString batchId = m_sim->world().createBatch(4);
    const QStringList members = m_sim->world().batch(batchId)->callIds;
    auto tracker = makeTracker(m_model.get(), Clock::system());
    QSignalSpy changed(tracker.get(), &CallTracker::batchStatisticsChanged);
    QVERIFY(!tracker->batchStatistics(batchId)); // nothing known before the first answer
    QVERIFY(tracker->trackBatch(batchId));
    QVERIFY(!tracker->batchStatistics(batchId));
    tracker->start();
    QTRY_VERIFY(changed.count() >= 1);
    QCOMPARE(changed.at(0).at(0).toString(), batchId);
    QVERIFY(served(QStringLiteral("/api/v1/batch/check-status")) >= 1);
    std::optional<BatchStatistics> statistics = tracker->batchStatistics(batchId);
    QVERIFY(statistics);
    const sim::SimBatch batch = *m_sim->world().batch(batchId);
    QCOMPARE(statistics->batchId, batchId);
    QCOMPARE(statistics->status, batch.status);
    QCOMPARE(statistics->total, 4);
    QCOMPARE(statistics->processed, 0);
    QCOMPARE(statistics->pending, 4);
    QVERIFY(statistics->createdAt.isValid());

    // Dialgen's numbers move: the next poll brings them, with the signal.
    QVERIFY(m_sim->world().forceStatus(members.at(0), sim::SimCallStatus::Completed));
    QVERIFY(m_sim->world().forceStatus(members.at(2), sim::SimCallStatus::Failed,
                                       QStringLiteral("INVALID_NUMBER")));
    const int before = int(changed.count());
    QTRY_COMPARE(tracker->batchStatistics(batchId)->processed, 2);
    QVERIFY(changed.count() > before);
    for (const QList<QVariant> &arguments : changed)
        QCOMPARE(arguments.at(0).toString(), batchId); // no other batch is tracked
    statistics = tracker->batchStatistics(batchId);
    QCOMPARE(statistics->succeeded, 1);
    QCOMPARE(statistics->failed, 1);
    QCOMPARE(statistics->pending, 2);
    QVERIFY(!tracker->batchStatistics(QStringLiteral("batch_unknown")));
    tracker->stop();
    QTRY_COMPARE(tracker->scheduler().inFlight(), 0);
}

void TestTrackerSignals::batchStatisticsComeBackFromTheHistory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString batchId = m_sim->world().createBatch(3);
    const QStringList members = m_sim->world().batch(batchId)->callIds;
    QVERIFY(m_sim->world().forceStatus(members.at(0), sim::SimCallStatus::Completed));
    BatchStatistics polled;
    {
        // A first run polls the batch's statistics into the history.
        HistoryStore store;
        QVERIFY(store.open(dir.path()));
        auto tracker = makeTracker(m_model.get(), Clock::system());
        tracker->setStore(&store);
        QSignalSpy changed(tracker.get(), &CallTracker::batchStatisticsChanged);
        tracker->trackBatch(batchId);
        tracker->start();
        QTRY_VERIFY(changed.count() >= 1);
        tracker->stop();
        QTRY_COMPARE(tracker->scheduler().inFlight(), 0);
        polled = *tracker->batchStatistics(batchId);
        QCOMPARE(polled.processed, 1);
        tracker->flushStore();
        tracker->setStore(nullptr);
    }
    // A restart: the statistics are there before anything is asked.
    HistoryStore store;
    QVERIFY(store.open(dir.path()));
    CallTableModel model;
    auto tracker = makeTracker(&model, Clock::system());
    tracker->setStore(&store);
    QSignalSpy changed(tracker.get(), &CallTracker::batchStatisticsChanged);
    QSignalSpy recorded(tracker.get(), &CallTracker::transitionsRecorded);
    tracker->restoreFromStore();
    QCOMPARE(tracker->trackedBatches(), QStringList{batchId});
    std::optional<BatchStatistics> restored = tracker->batchStatistics(batchId);
    QVERIFY(restored);
    // The documented check-status body does not repeat the batch id (DialgenClient fills it in from the
    // request); restoring fills it in from the batch it belongs to.
    QCOMPARE(restored->batchId, batchId);
    QCOMPARE(restored->status, polled.status);
    QCOMPARE(restored->total, 3);
    QCOMPARE(restored->processed, 1);
    QCOMPARE(restored->succeeded, polled.succeeded);
    QCOMPARE(restored->createdAt, polled.createdAt);
    QCOMPARE(restored->raw, polled.raw);
    QCOMPARE(recorded.count(), 0);
    qInfo() << "batchStatisticsChanged emissions during restoreFromStore():" << changed.count();
    const int afterRestore = int(changed.count());

    // Then polling takes over: newer numbers replace the restored ones, with the signal.
    // INVALID_NUMBER is final (no retry), so the batch counts it as processed.
    QVERIFY(m_sim->world().forceStatus(members.at(1), sim::SimCallStatus::Failed,
                                       QStringLiteral("INVALID_NUMBER")));
    tracker->start();
    QTRY_COMPARE(tracker->batchStatistics(batchId)->processed, 2);
    QVERIFY(changed.count() > afterRestore);
    QCOMPARE(changed.last().at(0).toString(), batchId);
    tracker->stop();
    QTRY_COMPARE(tracker->scheduler().inFlight(), 0);
    tracker->setStore(nullptr);
}

QTEST_GUILESS_MAIN(TestTrackerSignals)
#include "tst_trackersignals.moc"
