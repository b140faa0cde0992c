#include "testsupport.h"

#include "calltablemodel.h"
#include "calltracker.h"
#include "dialgenclient.h"
#include "historystore.h"
#include "sim/dialgensimulator.h"
#include "sim/simworld.h"
#include "webhookevent.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <limits>
#include <memory>

using namespace cw;

class TestCallTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void followsACallToItsEnd();
    void historyKeepsWhenThingsHappened();
    void endedCallsAreNotPolledAgain();
    void batchCallsAreCoveredByOneRequest();
    void unknownCallIsMarkedNotFound();
    void wrongKeyStopsPolling();
    void boundedConcurrency();
    void retryAfterPausesPolling();
    void retryAfterIsHonouredToTheSecond();
    void serverErrorStormCutsTheRequestRate();
    void followsEveryTransitionWithinOneCadence();
    void restartRestoresEverything();
    void backgroundRestoreEqualsSynchronous();
    void staleAnswersNeverGoBackwards();
    void newAttemptReplacesTheError();
    void webhookIsRecordedAsWebhook();
    void lateOngoingPollNeverUndoesAWebhookEnd();
    void webhookEndStopsPolling();
    void duplicateWebhookChangesNothing();
    void webhooksForCallsOutsideTheTable();
    void batchWebhooksUpdateStatistics();
    void unchangedPollWritesNoSnapshot_data();
    void unchangedPollWritesNoSnapshot();
    void unchangedSnapshotsAreRefreshedInTurn();
    void historyWriteOfA10000CallPoll();

private:
    CallTracker::Settings fastSettings() const;
    int requestsTo(const QString &path) const;

    std::unique_ptr<sim::DialgenSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DialgenClient> m_client;
    std::unique_ptr<CallTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<CallTracker> m_tracker;
    QList<QPair<QString, int>> m_served;
    QList<qint64> m_servedAt; // monotonic ms
    QElapsedTimer m_elapsed;
};

CallTracker::Settings TestCallTracker::fastSettings() const
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

void TestCallTracker::init()
{
    sim::SimConfig config;
    config.seed = 7;
    config.autoAdvance = false; // the test moves the world
    config.autoTraffic = false;
    config.historyDays = 0;
    m_sim = std::make_unique<sim::DialgenSimulator>(config);
    QString error;
    QVERIFY2(m_sim->start(0, &error), qPrintable(error));
    m_served.clear();
    m_servedAt.clear();
    m_elapsed.start();
    connect(m_sim.get(), &sim::DialgenSimulator::requestServed, this,
            [this](const QString &path, int status) {
                m_served.append({path, status});
                m_servedAt.append(m_elapsed.elapsed());
            });

    m_network = std::make_unique<QNetworkAccessManager>();
    ClientConfig client;
    client.baseUrl = m_sim->baseUrl();
    client.apiKey = m_sim->apiKey();
    client.transferTimeoutMs = 3000;
    m_client = std::make_unique<DialgenClient>(m_network.get(), client);
    m_model = std::make_unique<CallTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tracker = std::make_unique<CallTracker>(m_client.get(), m_model.get());
    m_tracker->setSettings(fastSettings());
}

void TestCallTracker::cleanup()
{
    m_tracker.reset();
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_network.reset();
    m_sim.reset();
}

int TestCallTracker::requestsTo(const QString &path) const
{
    int n = 0;
    for (const auto &served : m_served)
        n += served.first == path ? 1 : 0;
    return n;
}

void TestCallTracker::followsACallToItsEnd()
{
    sim::CallOptions options;
    options.startDelayMs = 60'000;
    const QString id = m_sim->world().createCall(options);
    QVERIFY(m_tracker->trackCall(id));
    QVERIFY(!m_tracker->trackCall(id)); // already tracked
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, CallTableModel::StatusColumn).data().toString(), QStringLiteral("Checking…"));
    m_tracker->start();
    QTRY_COMPARE(m_model->snapshot(id)->status, CallStatus::Scheduled);
    QVERIFY(m_sim->world().forceStatus(id, sim::SimCallStatus::Ongoing));
    QTRY_COMPARE(m_model->snapshot(id)->status, CallStatus::Ongoing);
    QVERIFY(m_sim->world().forceStatus(id, sim::SimCallStatus::Completed));
    QTRY_COMPARE(m_model->snapshot(id)->status, CallStatus::Completed);
    QVERIFY(m_tracker->health().lastSuccess.isValid());
    QCOMPARE(m_tracker->health().requestsFailed, 0);
}

void TestCallTracker::endedCallsAreNotPolledAgain()
{
    sim::CallOptions options;
    options.startDelayMs = 60'000;
    const QString id = m_sim->world().createCall(options);
    QVERIFY(m_sim->world().forceStatus(id, sim::SimCallStatus::Failed, QStringLiteral("INVALID_NUMBER")));
    m_tracker->trackCall(id);
    m_tracker->start();
    QTRY_COMPARE(m_model->snapshot(id)->status, CallStatus::Failed);
    const int afterEnd = requestsTo(QStringLiteral("/api/v1/status/call"));
    QTest::qWait(600); // six cadences
    QCOMPARE(requestsTo(QStringLiteral("/api/v1/status/call")), afterEnd);
    QCOMPARE(m_model->snapshot(id)->error, QStringLiteral("INVALID_NUMBER"));
}

void TestCallTracker::batchCallsAreCoveredByOneRequest()
{
    const QString batchId = m_sim->world().createBatch(25);
    QVERIFY(m_tracker->trackBatch(batchId));
    m_tracker->start();
    QTRY_COMPARE(m_model->rowCount(), 25);
    QTRY_VERIFY(requestsTo(QStringLiteral("/api/v1/status/batch")) >= 3);
    QCOMPARE(requestsTo(QStringLiteral("/api/v1/status/call")), 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->snapshotAt(row).batchId, batchId);
    // A change inside the batch arrives through the batch poll.
    const QString member = m_sim->world().batch(batchId)->callIds.first();
    QVERIFY(m_sim->world().forceStatus(member, sim::SimCallStatus::Ongoing));
    QTRY_COMPARE(m_model->snapshot(member)->status, CallStatus::Ongoing);
    QCOMPARE(requestsTo(QStringLiteral("/api/v1/status/call")), 0);
}

void TestCallTracker::unknownCallIsMarkedNotFound()
{
    QSignalSpy notFound(m_tracker.get(), &CallTracker::callNotFound);
    m_tracker->trackCall(QStringLiteral("call_nobody_knows"));
    m_tracker->start();
    QTRY_COMPARE(notFound.count(), 1);
    QVERIFY(m_model->isNotFound(QStringLiteral("call_nobody_knows")));
    QCOMPARE(m_model->index(0, CallTableModel::StatusColumn).data().toString(), QStringLiteral("Not found"));
    QCOMPARE(requestsTo(QStringLiteral("/api/v1/status/call")), 1);
    QCOMPARE(requestsTo(QStringLiteral("/api/v1/call/check-status")), 1);
    QTest::qWait(400);
    QCOMPARE(m_served.size(), 2); // no more polling
    QCOMPARE(m_tracker->health().activeCalls, 0);
    // A manual refresh asks again.
    m_tracker->refreshCall(QStringLiteral("call_nobody_knows"));
    QTRY_COMPARE(notFound.count(), 2);
}

void TestCallTracker::wrongKeyStopsPolling()
{
    ClientConfig config = m_client->config();
    config.apiKey = QStringLiteral("wrong");
    m_client->setConfig(config);
    for (int i = 0; i < 3; ++i)
        m_tracker->trackCall(m_sim->world().createCall());
    m_tracker->start();
    QTRY_VERIFY(m_tracker->health().authProblem);
    QCOMPARE(m_tracker->health().lastError.kind, ApiError::Kind::Unauthorized);
    QTest::qWait(300);
    const int sent = int(m_served.size());
    QVERIFY(sent >= 1 && sent <= 3); // at most what was already in flight
    QTest::qWait(300);
    QCOMPARE(int(m_served.size()), sent);
    // A valid key and a refresh bring it back.
    config.apiKey = m_sim->apiKey();
    m_client->setConfig(config);
    m_tracker->refreshAll();
    QTRY_VERIFY(!m_tracker->health().authProblem);
    QTRY_COMPARE(m_model->count(CallStatus::Scheduled), 3);
}

void TestCallTracker::boundedConcurrency()
{
    sim::FaultConfig faults;
    faults.latencyMs = 150;
    m_sim->setFaults(faults);
    CallTracker::Settings settings = fastSettings();
    settings.poll.maxInFlight = 3;
    m_tracker->setSettings(settings);
    QStringList ids;
    for (int i = 0; i < 12; ++i)
        ids << m_sim->world().createCall();
    m_tracker->trackCalls(ids);
    int maxSeen = 0;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] { maxSeen = qMax(maxSeen, m_client->inFlight()); });
    sampler.start(5);
    m_tracker->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->count(CallStatus::Scheduled), 12, 10000);
    QVERIFY2(maxSeen <= 3, qPrintable(QString::number(maxSeen)));
    QVERIFY(maxSeen >= 2); // the limit is used, not serialised to one
}

void TestCallTracker::retryAfterPausesPolling()
{
    sim::FaultConfig faults;
    faults.rateLimitRate = 1.0;
    faults.retryAfterSeconds = 1;
    m_sim->setFaults(faults);
    m_tracker->trackCall(m_sim->world().createCall());
    m_tracker->start();
    QTRY_COMPARE(m_tracker->health().lastError.kind, ApiError::Kind::RateLimited);
    QVERIFY(m_tracker->health().pausedUntil.isValid());
    const int sent = int(m_served.size());
    QTest::qWait(700); // inside the pause: nothing goes out despite 100 ms cadences
    QCOMPARE(int(m_served.size()), sent);
    m_sim->setFaults({});
    QTRY_COMPARE_WITH_TIMEOUT(m_model->count(CallStatus::Scheduled), 1, 5000);
}

void TestCallTracker::retryAfterIsHonouredToTheSecond()
{
    CallTracker::Settings settings = fastSettings();
    settings.poll.hostFailureThreshold = 1000; // only Retry-After may pause here
    m_tracker->setSettings(settings);
    sim::FaultConfig faults;
    faults.rateLimitRate = 1.0;
    faults.retryAfterSeconds = 2;
    m_sim->setFaults(faults);
    for (int i = 0; i < 3; ++i)
        m_tracker->trackCall(m_sim->world().createCall());
    m_tracker->start();
    QTRY_VERIFY(!m_served.isEmpty());
    QTRY_VERIFY(m_tracker->health().pausedUntil.isValid());
    const qint64 first429 = m_servedAt.first();
    const qsizetype burst = m_served.size(); // the requests already in flight when the 429 came back
    QVERIFY(burst <= 3);
    QTRY_VERIFY_WITH_TIMEOUT(m_served.size() > burst, 5000);
    const qint64 next = m_servedAt.at(burst);
    QVERIFY2(next - first429 >= 2000, qPrintable(QStringLiteral("resumed after %1 ms").arg(next - first429)));
    QVERIFY2(next - first429 <= 2000 + 600,
             qPrintable(QStringLiteral("resumed after %1 ms").arg(next - first429)));
    m_sim->setFaults({});
    QTRY_COMPARE_WITH_TIMEOUT(m_model->count(CallStatus::Scheduled), 3, 8000);
}

void TestCallTracker::serverErrorStormCutsTheRequestRate()
{
    // Real cadences, caps and backoff (the defaults), real time: about two minutes.
    CallTracker::Settings settings;
    m_tracker->setSettings(settings);
    QStringList ids;
    for (int i = 0; i < 60; ++i) {
        sim::CallOptions options;
        options.startDelayMs = 3'600'000;
        const QString id = m_sim->world().createCall(options);
        QVERIFY(m_sim->world().forceStatus(id, sim::SimCallStatus::Ongoing));
        ids << id;
    }
    m_tracker->trackCalls(ids);
    m_tracker->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->count(CallStatus::Ongoing), 60, 15000);
    const auto requestsBetween = [this](qint64 from, qint64 to) {
        int n = 0;
        for (qint64 at : std::as_const(m_servedAt))
            n += at >= from && at < to ? 1 : 0;
        return n;
    };
    QTest::qWait(10'000);
    const qint64 stormStart = m_elapsed.elapsed();
    const double before = requestsBetween(stormStart - 10'000, stormStart) / 10.0;
    QVERIFY2(before >= 8.0, qPrintable(QString::number(before))); // 60 ongoing calls: ~10 requests/s

    sim::FaultConfig storm;
    storm.serverErrorRate = 1.0;
    storm.retryAfterSeconds = 0;
    m_sim->setFaults(storm);
    QTest::qWait(60'000);
    const qint64 stormEnd = m_elapsed.elapsed();
    const double during = requestsBetween(stormEnd - 10'000, stormEnd) / 10.0;
    qInfo("500 storm: %.1f requests/s before, %.2f requests/s in the storm's last 10 s (%.0f%% less)", before,
          during, 100.0 * (1.0 - during / before));
    QVERIFY2(during <= before * 0.1, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(during)));
    QCOMPARE(m_model->count(CallStatus::Ongoing), 60); // nothing lost meanwhile

    // Recovery: within a backoff cap the rate is back to normal.
    m_sim->setFaults({});
    const qint64 healed = m_elapsed.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->health().lastSuccess.isValid() &&
                                 m_tracker->health().lastSuccess.toMSecsSinceEpoch() >
                                     QDateTime::currentMSecsSinceEpoch() - 1000 &&
                                 requestsBetween(m_elapsed.elapsed() - 5'000, m_elapsed.elapsed()) >= 35,
                             75'000);
    qInfo("recovered %.1f s after the storm ended", (m_elapsed.elapsed() - healed) / 1000.0);
}

void TestCallTracker::followsEveryTransitionWithinOneCadence()
{
    // Thousands of calls in batches; the world moves in steps of one batch cadence. After each step and
    // one cadence of polling, every call in the table shows what the simulator says, and the requests
    // were one per batch per cadence, none per call.
    CallTracker::Settings settings = fastSettings();
    settings.poll.batchMs = 300;
    settings.poll.batchStatisticsMs = 3000;
    m_tracker->setSettings(settings);
    sim::SimWorld &world = m_sim->world();
    QStringList batches;
    sim::BatchOptions options;
    options.dialSpacingMs = 500; // 200 calls dialled within 100 s of model time
    for (int i = 0; i < 10; ++i) {
        batches << world.createBatch(200, options);
        QVERIFY(m_tracker->trackBatch(batches.constLast()));
    }
    m_tracker->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 2000, 10000);

    const auto mismatches = [&]() -> int {
        int wrong = 0;
        for (const QString &batchId : std::as_const(batches)) {
            // A named copy: iterating world.batch(batchId)->callIds would read a destroyed temporary.
            const std::optional<sim::SimBatch> batch = world.batch(batchId);
            for (const QString &id : batch->callIds) {
                const CallSnapshot *shown = m_model->snapshot(id);
                const auto truth = world.call(id);
                if (!shown || shown->statusText != sim::callStatusName(truth->status))
                    ++wrong;
            }
        }
        return wrong;
    };
    int transitionsSeen = 0;
    for (int step = 0; step < 8; ++step) {
        const int before = mismatches();
        QCOMPARE(before, 0);
        // 20 s of model time: calls get dialled, answered, finished.
        world.advanceTo(world.now().addSecs(20));
        transitionsSeen += mismatches();
        const int requestsBefore = requestsTo(QStringLiteral("/api/v1/status/batch"));
        QTRY_COMPARE_WITH_TIMEOUT(mismatches(), 0, 2 * settings.poll.batchMs + 500);
        const int batchRequests = requestsTo(QStringLiteral("/api/v1/status/batch")) - requestsBefore;
        QVERIFY2(batchRequests <= 3 * batches.size(), qPrintable(QString::number(batchRequests)));
    }
    QVERIFY2(transitionsSeen > 500, qPrintable(QString::number(transitionsSeen)));
    QCOMPARE(requestsTo(QStringLiteral("/api/v1/status/call")), 0);
    qInfo("%d call changes followed across 2,000 calls in 10 batches with %d batch requests and no per-call "
          "request",
          transitionsSeen, requestsTo(QStringLiteral("/api/v1/status/batch")));
}

void TestCallTracker::restartRestoresEverything()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    sim::CallOptions later;
    later.startDelayMs = 3'600'000;
    const QString ended = m_sim->world().createCall(later);
    const QString active = m_sim->world().createCall(later);
    const QString batchId = m_sim->world().createBatch(5);
    QVERIFY(m_sim->world().forceStatus(ended, sim::SimCallStatus::Ongoing));
    QStringList attemptsSeen;
    {
        HistoryStore store;
        QVERIFY(store.open(dir.path()));
        m_tracker->setStore(&store);
        m_tracker->trackCalls({ended, active, QStringLiteral("call_ghost")});
        m_tracker->trackBatch(batchId);
        m_tracker->start();
        QTRY_COMPARE(m_model->snapshot(ended)->status, CallStatus::Ongoing);
        QVERIFY(m_sim->world().forceStatus(ended, sim::SimCallStatus::Completed));
        QTRY_COMPARE(m_model->snapshot(ended)->status, CallStatus::Completed);
        QTRY_COMPARE(m_model->rowCount(), 3 + 5);
        QTRY_VERIFY(m_tracker->isNotFound(QStringLiteral("call_ghost")));
        m_tracker.reset(); // flushes
    }
    const CallSnapshot endedBefore = *m_model->snapshot(ended);

    // A new process: fresh model, tracker and store on the same folder.
    m_served.clear();
    m_tester.reset();
    m_model = std::make_unique<CallTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tracker = std::make_unique<CallTracker>(m_client.get(), m_model.get());
    m_tracker->setSettings(fastSettings());
    HistoryStore store;
    QVERIFY(store.open(dir.path()));
    m_tracker->setStore(&store);
    QCOMPARE(m_tracker->restoreFromStore(), 3 + 5);
    QCOMPARE(m_model->rowCount(), 3 + 5);
    const CallSnapshot *endedAfter = m_model->snapshot(ended);
    QVERIFY(endedAfter);
    QCOMPARE(endedAfter->status, CallStatus::Completed);
    QCOMPARE(endedAfter->startTime, endedBefore.startTime);
    QCOMPARE(endedAfter->phoneNumber, endedBefore.phoneNumber);
    QVERIFY(m_model->isNotFound(QStringLiteral("call_ghost")));
    QCOMPARE(m_tracker->trackedBatches(), QStringList{batchId});
    // The timeline survived: SCHEDULED? -> ONGOING -> COMPLETED, in order.
    const QList<HistoryStore::Transition> timeline = store.transitions(ended);
    QVERIFY(timeline.size() >= 2);
    QCOMPARE(timeline.constLast().status, CallStatus::Completed);
    QCOMPARE(timeline.at(timeline.size() - 2).status, CallStatus::Ongoing);

    // Polling resumes where it stopped: the active call and the batch, never the ended or unknown call.
    m_tracker->start();
    QTRY_VERIFY(requestsTo(QStringLiteral("/api/v1/status/batch")) >= 2);
    QTRY_VERIFY(requestsTo(QStringLiteral("/api/v1/status/call")) >= 2);
    QTest::qWait(300);
    m_tracker->stop();
    QCOMPARE(requestsTo(QStringLiteral("/api/v1/call/check-status")), 0); // the ghost is not asked again
    QCOMPARE(m_model->snapshot(ended)->status, CallStatus::Completed);
    m_tracker.reset();
}

void TestCallTracker::backgroundRestoreEqualsSynchronous()
{
    // A history written directly: single calls in every state, batch members, a not-found call, a call
    // without a snapshot, a redialled call, a batch with statistics.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
    HistoryStore::WriteBatch batch;
    batch.trackBatches = {QStringLiteral("batch_r")};
    batch.batchStatistics = {
        {QStringLiteral("batch_r"),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("processing")},
                     {QStringLiteral("statistics"),
                      QJsonObject{{QStringLiteral("total"), 40}, {QStringLiteral("processed"), 12}}}}}};
    const CallStatus statuses[] = {CallStatus::Scheduled, CallStatus::Ongoing, CallStatus::Completed,
                                   CallStatus::Missed, CallStatus::Failed};
    for (int i = 0; i < 40; ++i) {
        CallSnapshot call;
        call.callId = QStringLiteral("r_%1").arg(i);
        call.status = statuses[i % 5];
        call.statusText = callStatusToString(call.status);
        call.startTime = t0.addSecs(i);
        call.phoneNumber = QStringLiteral("+1555000%1").arg(i, 4, 10, QLatin1Char('0'));
        call.batchId = i % 2 ? QStringLiteral("batch_r") : QString();
        call.error = call.status == CallStatus::Failed ? QStringLiteral("BUSY") : QString();
        call.duration = call.isTerminal() ? std::optional<qint64>(30 + i) : std::nullopt;
        call.source = SnapshotSource::LiveStatus;
        call.receivedAt = t0.addSecs(100 + i);
        call.raw = QJsonObject{{QStringLiteral("callId"), call.callId}};
        batch.trackCalls.append({call.callId, call.batchId});
        batch.snapshots.append(call);
        HistoryStore::Transition transition;
        transition.callId = call.callId;
        transition.at = call.receivedAt;
        transition.attempt = i % 7 == 0 ? 2 : 1;
        transition.source = HistoryStore::SourcePoll;
        transition.status = call.status;
        batch.transitions.append(transition);
    }
    batch.trackCalls.append({QStringLiteral("r_placeholder"), QString()});
    batch.trackCalls.append({QStringLiteral("r_ghost"), QString()});
    batch.notFound = {QStringLiteral("r_ghost")};
    {
        HistoryStore writer;
        QVERIFY(writer.open(dir.path()));
        QVERIFY(writer.write(batch));
    }

    // The synchronous restore, for reference.
    CallTableModel syncModel;
    HistoryStore syncStore;
    QVERIFY(syncStore.open(dir.path()));
    CallTracker syncTracker(m_client.get(), &syncModel);
    syncTracker.setStore(&syncStore);
    QCOMPARE(syncTracker.restoreFromStore(), 42);

    // In the background, three calls per chunk; the model is checked throughout.
    HistoryStore store;
    QVERIFY(store.open(dir.path()));
    m_tracker->setStore(&store);
    m_tracker->setRestoreChunkSize(3);
    QSignalSpy started(m_tracker.get(), &CallTracker::restoreStarted);
    QSignalSpy finished(m_tracker.get(), &CallTracker::restoreFinished);
    QSignalSpy recorded(m_tracker.get(), &CallTracker::transitionsRecorded);
    QVERIFY(m_tracker->restoreFromStoreInBackground());
    QVERIFY(!m_tracker->restoreFromStoreInBackground()); // one at a time
    QVERIFY(m_tracker->isRestoring());
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_model->rowCount(), 0); // nothing applied before the event loop runs

    // Meanwhile: polling is started (no request may leave before the end), a new call is tracked, one
    // restored call is tracked again, and a webhook reports a restored call's end.
    int inFlightAtEnd = -1;
    int rowsAtEnd = -1;
    connect(m_tracker.get(), &CallTracker::restoreFinished, this, [&] {
        inFlightAtEnd = m_client->inFlight();
        rowsAtEnd = m_model->rowCount();
        m_tracker->stop(); // the rest of the test compares states, without answers coming in
    });
    m_tracker->start();
    QCOMPARE(m_tracker->trackCalls({QStringLiteral("r_new"), QStringLiteral("r_0")}), 2);
    WebhookEvent webhook;
    webhook.kind = WebhookEvent::Kind::Call;
    webhook.call.callId = QStringLiteral("r_1"); // ONGOING in the history
    webhook.call.status = CallStatus::Completed;
    webhook.call.statusText = QStringLiteral("COMPLETED");
    webhook.call.duration = 61;
    webhook.call.receivedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(!m_tracker->applyWebhookEvent(webhook)); // kept for later
    QTRY_COMPARE(finished.count(), 1);
    // The calls read: 42, or 43 when r_new was written to the store before the worker read it.
    QVERIFY(finished.at(0).at(0).toInt() == 42 || finished.at(0).at(0).toInt() == 43);
    QVERIFY(!m_tracker->isRestoring());
    QCOMPARE(inFlightAtEnd, 0);
    QCOMPARE(rowsAtEnd, 43);

    // The same state as the synchronous restore (plus the new call), the webhook applied on top.
    for (int row = 0; row < syncModel.rowCount(); ++row) {
        const CallSnapshot &expected = syncModel.snapshotAt(row);
        const CallSnapshot *actual = m_model->snapshot(expected.callId);
        QVERIFY2(actual, qPrintable(expected.callId));
        if (expected.callId == QLatin1String("r_1")) {
            QCOMPARE(actual->status, CallStatus::Completed);
            QCOMPARE(actual->duration, std::optional<qint64>(61));
            QCOMPARE(actual->phoneNumber, expected.phoneNumber); // merged onto the restored snapshot
            continue;
        }
        QCOMPARE(actual->toJson(), expected.toJson());
        QCOMPARE(actual->receivedAt, expected.receivedAt);
        QCOMPARE(m_model->isNotFound(expected.callId), syncModel.isNotFound(expected.callId));
        QCOMPARE(m_tracker->isTracked(expected.callId), syncTracker.isTracked(expected.callId));
        QCOMPARE(m_tracker->isNotFound(expected.callId), syncTracker.isNotFound(expected.callId));
        QVERIFY(actual->raw.isEmpty()); // the history keeps raw payloads, not the table
    }
    QVERIFY(m_model->contains(QStringLiteral("r_new")));
    QVERIFY(m_model->isNotFound(QStringLiteral("r_ghost")));
    QCOMPARE(m_model->rowCount(), syncModel.rowCount() + 1);
    QCOMPARE(m_tracker->trackedBatches(), syncTracker.trackedBatches());
    QVERIFY(m_tracker->batchStatistics(QStringLiteral("batch_r")));
    QCOMPARE(m_tracker->batchStatistics(QStringLiteral("batch_r"))->raw,
             syncTracker.batchStatistics(QStringLiteral("batch_r"))->raw);
    for (const CallStatus status : statuses)
        QCOMPARE(m_model->count(status), syncModel.count(status) + (status == CallStatus::Completed ? 1 : 0) -
                                             (status == CallStatus::Ongoing ? 1 : 0));
    // The webhook's change is the only transition recorded, once, after the restore.
    QCOMPARE(recorded.count(), 1);
    QCOMPARE(recorded.at(0).at(0).value<QList<HistoryStore::Transition>>().size(), 1);
    m_tracker->flushStore();
    QCOMPARE(store.transitions(QStringLiteral("r_1")).constLast().status, CallStatus::Completed);
    // Nothing restored was written back as news.
    QCOMPARE(store.transitions(QStringLiteral("r_2")).size(), 1);
    m_tracker->setStore(nullptr);
}

void TestCallTracker::staleAnswersNeverGoBackwards()
{
    CallSnapshot done;
    done.callId = QStringLiteral("c1");
    done.status = CallStatus::Completed;
    done.statusText = QStringLiteral("COMPLETED");
    done.startTime = QDateTime::currentDateTimeUtc().addSecs(-100);
    done.duration = 80;
    QVERIFY(m_tracker->apply(done));
    CallSnapshot late = done;
    late.status = CallStatus::Ongoing;
    late.statusText = QStringLiteral("ONGOING");
    late.duration.reset();
    QVERIFY(!m_tracker->apply(late));
    QCOMPARE(m_model->snapshot(QStringLiteral("c1"))->status, CallStatus::Completed);
    QCOMPARE(m_model->snapshot(QStringLiteral("c1"))->duration, std::optional<qint64>(80));
}

void TestCallTracker::newAttemptReplacesTheError()
{
    CallSnapshot missed;
    missed.callId = QStringLiteral("c2");
    missed.status = CallStatus::Missed;
    missed.statusText = QStringLiteral("MISSED");
    missed.error = QStringLiteral("NO_ANSWER");
    missed.phoneNumber = QStringLiteral("+15550001111");
    missed.startTime = QDateTime::currentDateTimeUtc().addSecs(-4000);
    m_tracker->apply(missed);
    CallSnapshot retry;
    retry.callId = QStringLiteral("c2");
    retry.status = CallStatus::Ongoing;
    retry.statusText = QStringLiteral("ONGOING");
    retry.startTime = QDateTime::currentDateTimeUtc().addSecs(-10);
    QVERIFY(m_tracker->apply(retry));
    const CallSnapshot *now = m_model->snapshot(QStringLiteral("c2"));
    QCOMPARE(now->status, CallStatus::Ongoing);
    QVERIFY(now->error.isEmpty());                              // the old attempt's error is gone
    QCOMPARE(now->phoneNumber, QStringLiteral("+15550001111")); // who is called stays
}

namespace {
// A webhook as the receiver hands it on: parsed from the body it came in.
std::optional<WebhookEvent> webhook(const QJsonObject &body)
{
    const ParseResult<WebhookEvent> parsed = parseWebhookEvent(
        QJsonDocument(body).toJson(QJsonDocument::Compact), QDateTime::currentDateTimeUtc());
    if (!parsed.ok()) {
        qWarning("%s", qPrintable(parsed.error().toString()));
        return std::nullopt;
    }
    return parsed.value();
}

QJsonObject callCompleted(const QString &callId, const QString &status = QStringLiteral("COMPLETED"))
{
    return {
        {QLatin1String("event"), QStringLiteral("call.completed")},
        {QLatin1String("callId"), callId},
        {QLatin1String("status"), status},
        {QLatin1String("duration"), 95},
        {QLatin1String("summary"), QStringLiteral("Wants a callback on Monday.")},
        {QLatin1String("recordingUrl"), QStringLiteral("https://recordings.example.com/%1.mp3").arg(callId)}};
}
} // namespace

void TestCallTracker::webhookIsRecordedAsWebhook()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store;
    QVERIFY(store.open(dir.path()));
    m_tracker->setStore(&store);
    sim::CallOptions later;
    later.startDelayMs = 3'600'000;
    const QString id = m_sim->world().createCall(later);
    m_tracker->trackCall(id);
    m_tracker->start();
    QTRY_COMPARE(m_model->snapshot(id)->status, CallStatus::Scheduled);
    const QString phone = m_model->snapshot(id)->phoneNumber;
    QVERIFY(!phone.isEmpty());

    QSignalSpy transitions(m_tracker.get(), &CallTracker::transitionsRecorded);
    const std::optional<WebhookEvent> event = webhook(callCompleted(id));
    QVERIFY(event);
    QVERIFY(m_tracker->applyWebhookEvent(*event));
    const CallSnapshot *now = m_model->snapshot(id);
    QCOMPARE(now->status, CallStatus::Completed);
    QCOMPARE(now->source, SnapshotSource::Webhook);
    QCOMPARE(now->summary, QStringLiteral("Wants a callback on Monday."));
    QCOMPARE(now->duration, std::optional<qint64>(95));
    QCOMPARE(now->phoneNumber, phone); // what polling learnt stays
    QCOMPARE(transitions.count(), 1);
    const auto recorded = transitions.at(0).at(0).value<QList<HistoryStore::Transition>>();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.at(0).source, QString(HistoryStore::SourceWebhook));
    QCOMPARE(recorded.at(0).status, CallStatus::Completed);

    m_tracker->flushStore();
    const QList<HistoryStore::Transition> history = store.transitions(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).source, QString(HistoryStore::SourcePoll));
    QCOMPARE(history.at(0).status, CallStatus::Scheduled);
    QCOMPARE(history.at(1).source, QString(HistoryStore::SourceWebhook));
    QCOMPARE(history.at(1).status, CallStatus::Completed);
    // The last snapshot stored is the webhook's, with its source.
    const HistoryStore::LoadedState loaded = store.load();
    QCOMPARE(loaded.calls.size(), 1);
    QVERIFY(loaded.calls.at(0).snapshot);
    QCOMPARE(loaded.calls.at(0).snapshot->status, CallStatus::Completed);
    QCOMPARE(loaded.calls.at(0).snapshot->source, SnapshotSource::Webhook);
    m_tracker->setStore(nullptr);
}

void TestCallTracker::lateOngoingPollNeverUndoesAWebhookEnd()
{
    // Slow answers, so a poll is on its way when the webhook comes; the simulator keeps saying ONGOING.
    sim::FaultConfig faults;
    faults.latencyMs = 200;
    m_sim->setFaults(faults);
    sim::CallOptions later;
    later.startDelayMs = 3'600'000;
    const QString id = m_sim->world().createCall(later);
    QVERIFY(m_sim->world().forceStatus(id, sim::SimCallStatus::Ongoing));
    m_tracker->trackCall(id);
    m_tracker->start();
    QTRY_COMPARE(m_model->snapshot(id)->status, CallStatus::Ongoing);
    const QDateTime started = m_model->snapshot(id)->startTime;
    QVERIFY(started.isValid());
    QTRY_COMPARE(m_tracker->scheduler().inFlight(), 1);

    QSignalSpy transitions(m_tracker.get(), &CallTracker::transitionsRecorded);
    // The nested shape carries the start time, without milliseconds (the poll has them).
    QJsonObject callData{{QLatin1String("id"), id},
                         {QLatin1String("status"), QStringLiteral("COMPLETED")},
                         {QLatin1String("startTime"), started.toString(Qt::ISODate)},
                         {QLatin1String("duration"), 30}};
    const std::optional<WebhookEvent> event =
        webhook({{QLatin1String("success"), true}, {QLatin1String("callData"), callData}});
    QVERIFY(event);
    QVERIFY(m_tracker->applyWebhookEvent(*event));
    QCOMPARE(m_model->snapshot(id)->status, CallStatus::Completed);

    // The poll that was on its way answers ONGOING: stale, ignored. Nothing more is asked after it.
    QTRY_COMPARE(m_tracker->scheduler().inFlight(), 0);
    QCOMPARE(m_model->snapshot(id)->status, CallStatus::Completed);
    QCOMPARE(m_tracker->scheduler().queued(), 0);
    const int asked = requestsTo(QStringLiteral("/api/v1/status/call"));
    QTest::qWait(600); // six cadences
    QCOMPARE(requestsTo(QStringLiteral("/api/v1/status/call")), asked);
    QCOMPARE(m_model->snapshot(id)->status, CallStatus::Completed);
    QCOMPARE(m_model->snapshot(id)->duration, std::optional<qint64>(30));
    QCOMPARE(transitions.count(), 1); // COMPLETED, never ONGOING again
    QCOMPARE(m_tracker->health().activeCalls, 0);
}

void TestCallTracker::webhookEndStopsPolling()
{
    CallTracker::Settings settings = fastSettings();
    settings.poll.ongoingMs = 300;
    m_tracker->setSettings(settings);
    sim::CallOptions later;
    later.startDelayMs = 3'600'000;
    const QString id = m_sim->world().createCall(later);
    QVERIFY(m_sim->world().forceStatus(id, sim::SimCallStatus::Ongoing));
    m_tracker->trackCall(id);
    m_tracker->start();
    QTRY_COMPARE(m_model->snapshot(id)->status, CallStatus::Ongoing);
    QTRY_COMPARE(m_tracker->scheduler().inFlight(), 0);
    QCOMPARE(m_tracker->scheduler().queued(), 1); // the next poll is planned...

    const std::optional<WebhookEvent> event = webhook(callCompleted(id));
    QVERIFY(event);
    QVERIFY(m_tracker->applyWebhookEvent(*event));
    QCOMPARE(m_tracker->scheduler().queued(), 0); // ...and called off by the webhook
    QVERIFY(!m_tracker->scheduler().isStale(id));
    const int asked = requestsTo(QStringLiteral("/api/v1/status/call"));
    QTest::qWait(1000); // three cadences
    QCOMPARE(requestsTo(QStringLiteral("/api/v1/status/call")), asked);
    QCOMPARE(m_model->snapshot(id)->status, CallStatus::Completed);

    // A non-final webhook keeps the call polled.
    const QString other = m_sim->world().createCall(later);
    m_tracker->trackCall(other);
    QTRY_COMPARE(m_model->snapshot(other)->status, CallStatus::Scheduled);
    QTRY_COMPARE(m_tracker->scheduler().inFlight(), 0);
    const std::optional<WebhookEvent> ongoing = webhook(callCompleted(other, QStringLiteral("ONGOING")));
    QVERIFY(ongoing);
    QVERIFY(m_tracker->applyWebhookEvent(*ongoing));
    QCOMPARE(m_model->snapshot(other)->status, CallStatus::Ongoing);
    QCOMPARE(m_tracker->scheduler().queued(), 1);
}

void TestCallTracker::duplicateWebhookChangesNothing()
{
    CallSnapshot polled;
    polled.callId = QStringLiteral("d1");
    polled.status = CallStatus::Ongoing;
    polled.statusText = QStringLiteral("ONGOING");
    polled.startTime = QDateTime::currentDateTimeUtc().addSecs(-60);
    polled.phoneNumber = QStringLiteral("+15550002222");
    QVERIFY(m_tracker->apply(polled));

    QJsonObject callData{{QLatin1String("id"), QStringLiteral("d1")},
                         {QLatin1String("status"), QStringLiteral("COMPLETED")},
                         {QLatin1String("duration"), 58},
                         {QLatin1String("summary"), QStringLiteral("Done.")},
                         {QLatin1String("transcription"),
                          QJsonArray{QJsonObject{{QLatin1String("role"), QStringLiteral("user")},
                                                 {QLatin1String("content"), QStringLiteral("Bye")}}}}};
    const QJsonObject nested{{QLatin1String("success"), true}, {QLatin1String("callData"), callData}};
    QSignalSpy transitions(m_tracker.get(), &CallTracker::transitionsRecorded);
    QSignalSpy rowChanges(m_model.get(), &QAbstractItemModel::dataChanged);
    const std::optional<WebhookEvent> first = webhook(nested);
    QVERIFY(first);
    QVERIFY(m_tracker->applyWebhookEvent(*first));
    // Row changes only: the model's once-a-second refresh of the duration and "updated" columns (which
    // a slow run, e.g. under a sanitizer, may see here) is not a change of the call.
    const auto callRowChanges = [&rowChanges] {
        return std::count_if(rowChanges.cbegin(), rowChanges.cend(), [](const QList<QVariant> &args) {
            return args.at(0).toModelIndex().column() == 0;
        });
    };
    QCOMPARE(transitions.count(), 1);
    QCOMPARE(callRowChanges(), 1);

    // Delivered again (Dialgen retries), parsed again at a later moment: nothing changes.
    QTest::qWait(5);
    const std::optional<WebhookEvent> again = webhook(nested);
    QVERIFY(again);
    QVERIFY(!m_tracker->applyWebhookEvent(*again));
    QVERIFY(!m_tracker->applyWebhookEvent(*first));
    // The flat shape of the same news (fewer fields) adds nothing either.
    QJsonObject flat{{QLatin1String("event"), QStringLiteral("call.completed")},
                     {QLatin1String("callId"), QStringLiteral("d1")},
                     {QLatin1String("status"), QStringLiteral("COMPLETED")},
                     {QLatin1String("duration"), 58}};
    const std::optional<WebhookEvent> lighter = webhook(flat);
    QVERIFY(lighter);
    QVERIFY(!m_tracker->applyWebhookEvent(*lighter));
    QCOMPARE(transitions.count(), 1);
    QCOMPARE(callRowChanges(), 1);
    const CallSnapshot *now = m_model->snapshot(QStringLiteral("d1"));
    QCOMPARE(now->transcript.size(), 1);
    QCOMPARE(now->phoneNumber, QStringLiteral("+15550002222"));
}

void TestCallTracker::webhooksForCallsOutsideTheTable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store;
    QVERIFY(store.open(dir.path()));
    m_tracker->setStore(&store);
    const QString batchId = m_sim->world().createBatch(3);
    m_tracker->trackBatch(batchId);
    m_tracker->start();
    QTRY_COMPARE(m_model->rowCount(), 3);
    m_tracker->stop();

    // A call of the tracked batch we have not seen yet: it joins the table like the other members.
    QSignalSpy transitions(m_tracker.get(), &CallTracker::transitionsRecorded);
    QJsonObject member{{QLatin1String("id"), QStringLiteral("call_late_member")},
                       {QLatin1String("status"), QStringLiteral("MISSED")},
                       {QLatin1String("batchId"), batchId}};
    const std::optional<WebhookEvent> joined =
        webhook({{QLatin1String("success"), true}, {QLatin1String("callData"), member}});
    QVERIFY(joined);
    QVERIFY(m_tracker->applyWebhookEvent(*joined));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->snapshot(QStringLiteral("call_late_member"))->batchId, batchId);
    QCOMPARE(m_tracker->health().trackedCalls, 4);

    // A call nobody tracks: recorded in the history, not added to the table.
    const std::optional<WebhookEvent> stranger = webhook(callCompleted(QStringLiteral("call_stranger")));
    QVERIFY(stranger);
    QVERIFY(m_tracker->applyWebhookEvent(*stranger));
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(!m_model->snapshot(QStringLiteral("call_stranger")));
    QVERIFY(!m_tracker->isTracked(QStringLiteral("call_stranger")));
    QCOMPARE(transitions.count(), 2);
    QVERIFY(!m_tracker->applyWebhookEvent(*stranger)); // once
    QCOMPARE(transitions.count(), 2);

    m_tracker->flushStore();
    const QList<HistoryStore::Transition> strangerHistory =
        store.transitions(QStringLiteral("call_stranger"));
    QCOMPARE(strangerHistory.size(), 1);
    QCOMPARE(strangerHistory.at(0).source, QString(HistoryStore::SourceWebhook));
    QCOMPARE(strangerHistory.at(0).status, CallStatus::Completed);
    QStringList stored;
    const HistoryStore::LoadedState loaded = store.load();
    for (const HistoryStore::TrackedCall &call : loaded.calls)
        stored << call.callId;
    QVERIFY(stored.contains(QStringLiteral("call_late_member")));
    QVERIFY(!stored.contains(QStringLiteral("call_stranger")));
    m_tracker->setStore(nullptr);
}

void TestCallTracker::batchWebhooksUpdateStatistics()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store;
    QVERIFY(store.open(dir.path()));
    m_tracker->setStore(&store);
    const QString batchId = m_sim->world().createBatch(5);
    m_tracker->trackBatch(batchId);
    m_tracker->start();
    QTRY_VERIFY(m_tracker->batchStatistics(batchId).has_value());
    m_tracker->stop();
    QTRY_COMPARE(m_tracker->scheduler().inFlight(), 0);
    const BatchStatistics polled = *m_tracker->batchStatistics(batchId);
    QVERIFY(polled.status != QLatin1String("completed"));
    QVERIFY(!polled.priority.isEmpty());
    QVERIFY(polled.createdAt.isValid());

    QSignalSpy changed(m_tracker.get(), &CallTracker::batchStatisticsChanged);
    QSignalSpy failed(m_tracker.get(), &CallTracker::batchFailed);
    const QJsonObject completedBody{
        {QLatin1String("event"), QStringLiteral("batch.completed")},
        {QLatin1String("batchId"), batchId},
        {QLatin1String("agentId"), QStringLiteral("agent_hook")},
        {QLatin1String("statistics"), QJsonObject{{QLatin1String("total"), 5},
                                                  {QLatin1String("processed"), 5},
                                                  {QLatin1String("succeeded"), 4},
                                                  {QLatin1String("failed"), 1},
                                                  {QLatin1String("pending"), 0},
                                                  {QLatin1String("percentComplete"), 100},
                                                  {QLatin1String("successRate"), 80}}},
        {QLatin1String("timestamps"),
         QJsonObject{{QLatin1String("completedAt"), QStringLiteral("2025-11-15T14:30:01.123Z")}}}};
    const std::optional<WebhookEvent> completed = webhook(completedBody);
    QVERIFY(completed);
    QVERIFY(m_tracker->applyWebhookEvent(*completed));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), batchId);
    BatchStatistics now = *m_tracker->batchStatistics(batchId);
    QCOMPARE(now.status, QStringLiteral("completed"));
    QCOMPARE(now.succeeded, 4);
    QCOMPARE(now.failed, 1);
    QCOMPARE(now.percentComplete, 100.0);
    QCOMPARE(now.completedAt, QDateTime(QDate(2025, 11, 15), QTime(14, 30, 1, 123), QTimeZone::utc()));
    QCOMPARE(now.agentId, QStringLiteral("agent_hook"));
    // What the event does not say stays as polling found it.
    QCOMPARE(now.priority, polled.priority);
    QCOMPARE(now.createdAt, polled.createdAt);
    QCOMPARE(now.callsPerSecond, polled.callsPerSecond);

    // Delivered twice: one update.
    QVERIFY(!m_tracker->applyWebhookEvent(*completed));
    QCOMPARE(changed.count(), 1);

    // The history keeps it: a restart shows the webhook's statistics.
    m_tracker->flushStore();
    const HistoryStore::LoadedState loaded = store.load();
    QCOMPARE(loaded.batches.size(), 1);
    const ParseResult<BatchStatistics> restored = PayloadParser::parseBatchStatistics(
        QJsonDocument(loaded.batches.at(0).statistics).toJson(QJsonDocument::Compact));
    QVERIFY(restored.ok());
    QCOMPARE(restored.value().status, QStringLiteral("completed"));
    QCOMPARE(restored.value().succeeded, 4);

    const std::optional<WebhookEvent> failure =
        webhook({{QLatin1String("event"), QStringLiteral("batch.failed")},
                 {QLatin1String("batchId"), batchId},
                 {QLatin1String("error"), QStringLiteral("Out of credits")},
                 {QLatin1String("code"), QStringLiteral("INSUFFICIENT_CREDITS")},
                 {QLatin1String("timestamp"), QStringLiteral("2025-11-15T15:00:00Z")}});
    QVERIFY(failure);
    QVERIFY(m_tracker->applyWebhookEvent(*failure));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), batchId);
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("Out of credits"));
    QCOMPARE(failed.at(0).at(2).toString(), QStringLiteral("INSUFFICIENT_CREDITS"));
    now = *m_tracker->batchStatistics(batchId);
    QCOMPARE(now.status, QStringLiteral("failed"));
    QCOMPARE(now.succeeded, 4); // the counts stay
    QCOMPARE(now.raw.value(QLatin1String("code")).toString(), QStringLiteral("INSUFFICIENT_CREDITS"));

    // A batch nobody tracks: ignored.
    QJsonObject other = completedBody;
    other.insert(QLatin1String("batchId"), QStringLiteral("batch_not_tracked"));
    const std::optional<WebhookEvent> untracked = webhook(other);
    QVERIFY(untracked);
    QVERIFY(!m_tracker->applyWebhookEvent(*untracked));
    QVERIFY(!m_tracker->batchStatistics(QStringLiteral("batch_not_tracked")));
    QCOMPARE(changed.count(), 2);
    m_tracker->setStore(nullptr);
}

QTEST_GUILESS_MAIN(TestCallTracker)
void TestCallTracker::historyKeepsWhenThingsHappened()
{
    // A batch followed hours after it finished must not count as ending "now" in the history (charts and
    // the wallboard's "today" read it): the transition carries the end the payload gives.
    const QDateTime seen = QDateTime::currentDateTimeUtc();
    QSignalSpy recorded(m_tracker.get(), &CallTracker::transitionsRecorded);
    const auto apply = [this](const QString &id, CallStatus status, const QDateTime &start,
                              std::optional<qint64> duration, const QDateTime &end, const QDateTime &at) {
        CallSnapshot call;
        call.callId = id;
        call.status = status;
        call.startTime = start;
        call.duration = duration;
        call.endTime = end;
        call.receivedAt = at;
        call.source = SnapshotSource::LiveStatus;
        return m_tracker->apply(call);
    };
    const auto lastAt = [&recorded]() -> QDateTime {
        const auto list = recorded.constLast().at(0).value<QList<HistoryStore::Transition>>();
        return list.constLast().at;
    };
    const QDateTime start = seen.addSecs(-3 * 3600);
    // Start + duration.
    QVERIFY(apply(QStringLiteral("old_1"), CallStatus::Completed, start, 120, {}, seen));
    QCOMPARE(lastAt(), start.addSecs(120));
    // An end time wins over start + duration.
    QVERIFY(apply(QStringLiteral("old_2"), CallStatus::Failed, start, 120, start.addSecs(90), seen));
    QCOMPARE(lastAt(), start.addSecs(90));
    // Nothing to go by: when it was seen.
    QVERIFY(apply(QStringLiteral("old_3"), CallStatus::Missed, {}, std::nullopt, {}, seen));
    QCOMPARE(lastAt(), seen);
    // An end in the future (a clock running ahead): when it was seen, never later.
    QVERIFY(apply(QStringLiteral("skew"), CallStatus::Completed, seen, 600, {}, seen));
    QCOMPARE(lastAt(), seen);
    // ONGOING from its start; a later end that the payload places before the ONGOING was seen stays in
    // order after it.
    const QDateTime live = seen.addSecs(-60);
    QVERIFY(apply(QStringLiteral("live"), CallStatus::Ongoing, live, std::nullopt, {}, seen.addSecs(-30)));
    QCOMPARE(lastAt(), live);
    QVERIFY(apply(QStringLiteral("live"), CallStatus::Completed, live, 10, {}, seen));
    QCOMPARE(lastAt(), seen.addSecs(-30));
}

namespace {

// A polled ONGOING call with most fields known; what later polls may add or change is left empty.
CallSnapshot polledCall(const QString &id, const QDateTime &receivedAt)
{
    CallSnapshot call;
    call.callId = id;
    call.status = CallStatus::Ongoing;
    call.statusText = QStringLiteral("ONGOING");
    call.startTime = QDateTime(QDate(2025, 11, 15), QTime(14, 0), QTimeZone::utc());
    call.phoneNumber = QStringLiteral("+15550100");
    call.contactId = QStringLiteral("contact-1");
    call.contactName = QStringLiteral("Bob");
    call.batchId = QStringLiteral("batch-1");
    call.source = SnapshotSource::BatchStatus;
    call.receivedAt = receivedAt;
    call.raw = QJsonObject{{QStringLiteral("callId"), id}, {QStringLiteral("status"), call.statusText}};
    return call;
}

} // namespace

void TestCallTracker::unchangedPollWritesNoSnapshot_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("status") << QStringLiteral("status");
    QTest::newRow("error") << QStringLiteral("error");
    QTest::newRow("startTime") << QStringLiteral("startTime");
    QTest::newRow("endTime") << QStringLiteral("endTime");
    QTest::newRow("duration") << QStringLiteral("duration");
    QTest::newRow("recordingUrl") << QStringLiteral("recordingUrl");
    QTest::newRow("transcript") << QStringLiteral("transcript");
    QTest::newRow("summary") << QStringLiteral("summary");
    QTest::newRow("metrics") << QStringLiteral("metrics");
    QTest::newRow("contactName") << QStringLiteral("contactName");
    QTest::newRow("agent") << QStringLiteral("agent");
    QTest::newRow("direction") << QStringLiteral("direction");
    QTest::newRow("source") << QStringLiteral("source");
}

void TestCallTracker::unchangedPollWritesNoSnapshot()
{
    QFETCH(QString, field);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString id = QStringLiteral("call_p2");
    ManualClock clock(QDateTime(QDate(2025, 11, 15), QTime(14, 1), QTimeZone::utc()));
    auto model = std::make_unique<CallTableModel>();
    auto tracker = std::make_unique<CallTracker>(m_client.get(), model.get(), clock);
    auto store = std::make_unique<HistoryStore>(clock);
    QVERIFY(store->open(dir.path()));
    tracker->setStore(store.get());

    const QDateTime first = clock.now();
    QVERIFY(tracker->apply(polledCall(id, first)));
    QVERIFY(tracker->flushStore());
    QCOMPARE(store->writeStatistics().snapshots, 1);
    const qint64 transitionsBefore = store->writeStatistics().transitions;

    // The same answer again, only received later: the table shows the new time, the history writes nothing.
    clock.advance(5'000);
    tracker->apply(polledCall(id, clock.now()));
    QCOMPARE(model->snapshot(id)->receivedAt, clock.now());
    QVERIFY(tracker->flushStore());
    QCOMPARE(store->writeStatistics().snapshots, 1);
    QCOMPARE(store->writeStatistics().transitions, transitionsBefore);
    HistoryStore::LoadedState state = store->load();
    QCOMPARE(state.calls.size(), 1);
    QVERIFY(state.calls.at(0).snapshot);
    QCOMPARE(state.calls.at(0).snapshot->receivedAt, first); // the stored time stays (bounded: see below)

    // One field the history keeps changes: the snapshot is written.
    clock.advance(5'000);
    const QDateTime changedAt = clock.now();
    CallSnapshot changed = polledCall(id, changedAt);
    const QDateTime start = changed.startTime;
    if (field == QLatin1String("status")) {
        changed.status = CallStatus::Completed;
        changed.statusText = QStringLiteral("COMPLETED");
    } else if (field == QLatin1String("error")) {
        changed.error = QStringLiteral("Transfer failed");
    } else if (field == QLatin1String("startTime")) {
        changed.startTime = start.addMSecs(400); // the same attempt, its start refined
    } else if (field == QLatin1String("endTime")) {
        changed.endTime = start.addSecs(30);
    } else if (field == QLatin1String("duration")) {
        changed.duration = 17;
    } else if (field == QLatin1String("recordingUrl")) {
        changed.recordingUrl = QUrl(QStringLiteral("https://rec.example/p2.mp3"));
    } else if (field == QLatin1String("transcript")) {
        changed.transcript = {{QStringLiteral("assistant"), QStringLiteral("Hello")}};
    } else if (field == QLatin1String("summary")) {
        changed.summary = QStringLiteral("Booked a table");
    } else if (field == QLatin1String("metrics")) {
        changed.metrics = QJsonObject{{QStringLiteral("sentiment"), 0.8}};
    } else if (field == QLatin1String("contactName")) {
        changed.contactName = QStringLiteral("Ada");
    } else if (field == QLatin1String("agent")) {
        changed.agent = QStringLiteral("agent-7");
    } else if (field == QLatin1String("direction")) {
        changed.direction = QStringLiteral("INBOUND");
    } else if (field == QLatin1String("source")) {
        changed.source = SnapshotSource::PersistentStatus;
    } else {
        QFAIL("unknown field");
    }
    QVERIFY(tracker->apply(changed));
    QVERIFY(tracker->flushStore());
    QCOMPARE(store->writeStatistics().snapshots, 2);
    const CallSnapshot shown = *model->snapshot(id);
    QVERIFY(shown.toJson() != polledCall(id, first).toJson() || shown.source != SnapshotSource::BatchStatus);

    // A restart brings back the latest state, received time included.
    tracker.reset();
    store.reset();
    model = std::make_unique<CallTableModel>();
    tracker = std::make_unique<CallTracker>(m_client.get(), model.get(), clock);
    store = std::make_unique<HistoryStore>(clock);
    QVERIFY(store->open(dir.path()));
    tracker->setStore(store.get());
    QCOMPARE(tracker->restoreFromStore(), 1);
    const CallSnapshot *restored = model->snapshot(id);
    QVERIFY(restored);
    QCOMPARE(restored->toJson(), shown.toJson());
    QCOMPARE(restored->source, shown.source);
    QCOMPARE(restored->receivedAt, changedAt);

    // After the restart too, the same answer again writes nothing.
    clock.advance(5'000);
    CallSnapshot again = changed;
    again.receivedAt = clock.now();
    tracker->apply(again);
    QVERIFY(tracker->flushStore());
    QCOMPARE(store->writeStatistics().snapshots, 0);
}

void TestCallTracker::unchangedSnapshotsAreRefreshedInTurn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(QDateTime(QDate(2025, 11, 15), QTime(14, 1), QTimeZone::utc()));
    CallTableModel model;
    CallTracker tracker(m_client.get(), &model, clock);
    CallTracker::Settings settings = fastSettings();
    settings.snapshotRefreshMs = 60'000;
    settings.snapshotRefreshPerCycle = 2;
    tracker.setSettings(settings);
    HistoryStore store(clock);
    QVERIFY(store.open(dir.path()));
    tracker.setStore(&store);

    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(QStringLiteral("call_r%1").arg(i));
    const auto pollAll = [&] {
        for (const QString &id : std::as_const(ids))
            tracker.apply(polledCall(id, clock.now()));
        QVERIFY(tracker.flushStore());
    };
    pollAll();
    QCOMPARE(store.writeStatistics().snapshots, 5);
    clock.advance(59'000);
    pollAll(); // younger than snapshotRefreshMs: nothing
    QCOMPARE(store.writeStatistics().snapshots, 5);

    // Old enough: refreshed, at most two per cycle, until every stored time is recent again.
    clock.advance(2'000);
    const QDateTime refreshedAt = clock.now();
    const QList<qint64> expected{7, 9, 10, 10};
    for (const qint64 total : expected) {
        pollAll();
        QCOMPARE(store.writeStatistics().snapshots, total);
    }
    const HistoryStore::LoadedState state = store.load();
    QCOMPARE(state.calls.size(), 5);
    for (const HistoryStore::TrackedCall &call : state.calls) {
        QVERIFY(call.snapshot);
        QCOMPARE(call.snapshot->receivedAt, refreshedAt);
    }
}

// Figures, not assertions on speed: the GUI-thread cost of writing one poll of a 10,000-call batch to
// the history, with every snapshot rewritten (the old behaviour, forced through the settings) and with
// unchanged snapshots skipped. Printed with qInfo().
void TestCallTracker::historyWriteOfA10000CallPoll()
{
    const int size = 10'000;
    const int changedCalls = 200;
    const QString batchId = m_sim->world().createBatch(size);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store;
    QVERIFY(store.open(dir.path()));

    const QStringList members = m_sim->world().batch(batchId)->callIds;
    QCOMPARE(members.size(), size);
    int round = 0;
    for (const bool rewriteAll : {true, false}) {
        m_tracker.reset();
        m_tester.reset();
        m_model = std::make_unique<CallTableModel>();
        m_tracker = std::make_unique<CallTracker>(m_client.get(), m_model.get());
        CallTracker::Settings settings = fastSettings();
        settings.poll.batchMs = 1'000;
        settings.poll.batchStatisticsMs = 3'600'000;
        if (rewriteAll) {
            settings.snapshotRefreshMs = 0;
            settings.snapshotRefreshPerCycle = std::numeric_limits<int>::max();
        }
        m_tracker->setSettings(settings);
        m_tracker->setStore(&store);

        // Longest main-thread turn while a poll is handled (the in-process simulator's answer included).
        QElapsedTimer turn;
        qint64 longestTurnNs = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(0);
        connect(&probe, &QTimer::timeout, this, [&] {
            longestTurnNs = std::max(longestTurnNs, turn.nsecsElapsed());
            turn.start();
        });

        const auto pollOnce = [&](const char *what, qint64 *snapshotsWritten) {
            QTest::qWait(1'100); // the batch is due again
            const qint64 okBefore = m_tracker->health().requestsOk;
            const int batchRequestsBefore = requestsTo(QStringLiteral("/api/v1/status/batch"));
            const HistoryStore::WriteStatistics before = store.writeStatistics();
            // Stopped as soon as the batch answer (and any other answer asked with it) was applied, so
            // exactly one batch answer is measured.
            bool answered = false;
            const QMetaObject::Connection stopper =
                connect(m_tracker.get(), &CallTracker::healthChanged, this, [&] {
                    const CallTracker::Health &health = m_tracker->health();
                    if (!answered && health.requestsOk > okBefore && health.inFlight == 0 &&
                        requestsTo(QStringLiteral("/api/v1/status/batch")) > batchRequestsBefore) {
                        answered = true;
                        m_tracker->stop();
                    }
                });
            longestTurnNs = 0;
            turn.start();
            probe.start();
            m_tracker->start();
            QTRY_VERIFY_WITH_TIMEOUT(answered, 120'000);
            disconnect(stopper);
            QTest::qWait(50); // the tracker's own write cycle runs in the event loop, under the probe
            QVERIFY(m_tracker->flushStore());
            probe.stop();
            const HistoryStore::WriteStatistics after = store.writeStatistics();
            qInfo("%s, %s: history write %.1f ms (%lld snapshots, %lld transitions, %lld transactions); "
                  "longest main-thread turn %.1f ms",
                  rewriteAll ? "rewrite every snapshot" : "skip unchanged snapshots", what,
                  double(after.busyNs - before.busyNs) / 1e6, after.snapshots - before.snapshots,
                  after.transitions - before.transitions, after.transactions - before.transactions,
                  double(longestTurnNs) / 1e6);
            *snapshotsWritten = after.snapshots - before.snapshots;
        };

        if (rewriteAll) {
            m_tracker->trackBatch(batchId);
            qint64 firstWritten = 0;
            pollOnce("first poll of 10,000 new calls", &firstWritten);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(firstWritten, qint64(size));
            QCOMPARE(m_model->rowCount(), size);
        } else {
            QCOMPARE(m_tracker->restoreFromStore(), size); // what a restart does
        }
        qint64 identical = -1;
        pollOnce("identical poll", &identical);
        if (QTest::currentTestFailed())
            return;
        int forced = 0; // other calls each round (ONGOING cannot go back to SCHEDULED)
        for (int i = round++; i < size && forced < changedCalls; i += size / changedCalls) {
            forced += m_sim->world().forceStatus(members.at(i), sim::SimCallStatus::Ongoing) ? 1 : 0;
        }
        const int ongoingBefore = m_model->count(CallStatus::Ongoing);
        qint64 changedWritten = -1;
        pollOnce("poll with 200 changed calls", &changedWritten);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_model->count(CallStatus::Ongoing) - ongoingBefore, forced);
        if (!rewriteAll) {
            QCOMPARE(identical, 0);
            QCOMPARE(changedWritten, qint64(forced));
        }
    }
    m_tracker.reset();
}

#include "tst_calltracker.moc"
