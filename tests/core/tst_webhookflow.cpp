#include "testsupport.h"

#include "callstatus.h"
#include "calltablemodel.h"
#include "calltracker.h"
#include "historystore.h"
#include "session.h"
#include "sim/dialgensimulator.h"
#include "sim/simworld.h"
#include "webhookreceiver.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <utility>

using namespace cw;

// Webhooks end to end, over real HTTP on 127.0.0.1: the Dialgen simulator pushes its events to the
// session's WebhookReceiver, the tracker applies them to the call table and the history, and a working
// push channel relieves polling (CallTracker::setWebhooksActive(), turned on by the Session).
namespace {

const QByteArray Secret = QByteArrayLiteral("flow-secret");

CallStatus statusOf(const CallTableModel *model, const QString &callId)
{
    const CallSnapshot *snapshot = model->snapshot(callId);
    return snapshot ? snapshot->status : CallStatus::Unknown;
}

// The simulator's status as the API names it, read the way CallWatch reads Dialgen's answers.
CallStatus toCallStatus(sim::SimCallStatus status)
{
    return callStatusFromString(sim::callStatusName(status));
}

// Quick cadences, so the tests do not wait for the production ones (5 s, 15 s, 10 s, 30 s). Both runs of
// the request-count comparison use the same settings.
CallTracker::Settings quickSettings()
{
    CallTracker::Settings settings;
    settings.tickMs = 50;
    settings.poll.ongoingMs = 1'000;
    settings.poll.scheduledMs = 2'000;
    settings.poll.batchMs = 2'000;
    settings.poll.batchStatisticsMs = 5'000;
    settings.poll.ratePerSecond = 100; // the rate cap is not what is measured here
    settings.poll.maxInFlight = 12;
    return settings;
}

// A simulator with no traffic of its own, and a session pointed at it (as Session::startDemo does).
struct Rig
{
    std::unique_ptr<sim::DialgenSimulator> simulator;
    std::unique_ptr<Session> session;

    bool start(double speed, quint64 seed = 42)
    {
        sim::SimConfig config;
        config.seed = seed;
        config.speed = speed;
        config.historyDays = 0;
        config.autoTraffic = false;
        simulator = std::make_unique<sim::DialgenSimulator>(config);
        QString error;
        if (!simulator->start(0, &error)) {
            qWarning() << "simulator:" << error;
            return false;
        }
        ClientConfig client;
        client.baseUrl = simulator->baseUrl();
        client.apiKey = simulator->apiKey();
        session = std::make_unique<Session>(client);
        session->openThrowawayHistory();
        session->tracker()->setSettings(quickSettings());
        return true;
    }

    bool startWebhooks(const QByteArray &senderSecret, const sim::WebhookOptions &options)
    {
        QString error;
        if (!session->startWebhookReceiver(QHostAddress(QHostAddress::LocalHost), 0, Secret, &error)) {
            qWarning() << "receiver:" << error;
            return false;
        }
        if (!simulator->setWebhookTarget(session->webhookReceiver()->url(), senderSecret, options, &error)) {
            qWarning() << "webhook target:" << error;
            return false;
        }
        return true;
    }

    // A single call that is answered at once and talks for an hour (only a forced end finishes it).
    QString createLongCall()
    {
        sim::CallOptions options;
        options.outcome = sim::SimOutcome::Answered;
        options.talkSeconds = 3'600;
        options.startDelayMs = 0;
        const QString callId = simulator->world().createCall(options);
        simulator->world().forceStatus(callId, sim::SimCallStatus::Ongoing);
        return callId;
    }

    ~Rig()
    {
        session.reset(); // the receiver and the tracker first, the simulator last
        simulator.reset();
    }
};

sim::WebhookOptions webhookOptions(double duplicateProbability)
{
    sim::WebhookOptions options;
    options.duplicateProbability = duplicateProbability;
    options.retryDelaysMs = {}; // one attempt: a refused delivery is given up at once
    return options;
}

QList<HistoryStore::Transition> transitionsWith(const QList<HistoryStore::Transition> &all, CallStatus status)
{
    QList<HistoryStore::Transition> out;
    for (const HistoryStore::Transition &transition : all) {
        if (transition.status == status)
            out.append(transition);
    }
    return out;
}

struct TrafficRun
{
    quint64 requests = 0;
    qint64 wallMs = 0;
    int calls = 0;
    quint64 deliveries = 0;
    bool allFinal = false;
};

} // namespace

class TestWebhookFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endArrivesByWebhook();
    void duplicateDeliveryRecordedOnce();
    void forgedDeliveryIsRejected();
    void reliefFollowsTheReceiver();
    void fewerRequestsWithWebhooks();

private:
    TrafficRun runTraffic(bool webhooks);
};

void TestWebhookFlow::endArrivesByWebhook()
{
    Rig rig;
    QVERIFY(rig.start(1));
    QVERIFY(rig.startWebhooks(Secret, webhookOptions(0)));
    CallTableModel *model = rig.session->model();
    CallTracker *tracker = rig.session->tracker();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QString callId = rig.createLongCall();
    QVERIFY(tracker->trackCall(callId));
    tracker->start();
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, callId), CallStatus::Ongoing, 5'000);
    QVERIFY(!rig.session->webhookReliefActive()); // nothing was pushed yet
    // From now on only the webhook can bring the end.
    tracker->stop();
    const quint64 requestsBefore = rig.simulator->requestCount();

    QElapsedTimer sinceEnd;
    qint64 latencyMs = -1;
    QObject watcher; // gone before the locals it writes to
    connect(model, &QAbstractItemModel::dataChanged, &watcher, [&] {
        if (latencyMs < 0 && statusOf(model, callId) == CallStatus::Completed)
            latencyMs = sinceEnd.elapsed();
    });
    sinceEnd.start();
    QVERIFY(rig.simulator->world().forceStatus(callId, sim::SimCallStatus::Completed));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, callId), CallStatus::Completed, 5'000);
    QVERIFY(latencyMs >= 0);
    qInfo("webhook latency, forceStatus -> row COMPLETED: %lld ms (target: within a second)", latencyMs);
    QCOMPARE(rig.simulator->requestCount(), requestsBefore); // no poll brought it
    QCOMPARE(rig.session->webhookReceiver()->acceptedCount(), qint64(1));
    QCOMPARE(rig.session->webhookReceiver()->rejectedCount(), qint64(0));

    // The history says where the end came from.
    tracker->flushStore();
    const QList<HistoryStore::Transition> transitions = rig.session->history()->transitions(callId);
    QVERIFY(!transitions.isEmpty());
    QCOMPARE(transitions.constLast().status, CallStatus::Completed);
    QCOMPARE(transitions.constLast().source, QString(HistoryStore::SourceWebhook));
    const QList<HistoryStore::Transition> ongoing = transitionsWith(transitions, CallStatus::Ongoing);
    QCOMPARE(ongoing.size(), 1);
    QCOMPARE(ongoing.constFirst().source, QString(HistoryStore::SourcePoll));

    // Ended: the scheduler has nothing left to ask, running or not.
    const PollScheduler &scheduler = tracker->scheduler();
    QVERIFY(scheduler.hasCall(callId));
    QCOMPARE(scheduler.queued(), 0);
    QVERIFY(!scheduler.nextWake().isValid());
    tracker->start();
    QCOMPARE(scheduler.inFlight(), 0);
    QCOMPARE(scheduler.queued(), 0);

    // An accepted event on a listening receiver: the push channel works, polling is relieved.
    QVERIFY(rig.session->webhookReliefActive());
    QVERIFY(scheduler.webhooksActive());
}

void TestWebhookFlow::duplicateDeliveryRecordedOnce()
{
    Rig rig;
    QVERIFY(rig.start(1));
    QVERIFY(rig.startWebhooks(Secret, webhookOptions(1)));
    CallTableModel *model = rig.session->model();
    CallTracker *tracker = rig.session->tracker();
    WebhookReceiver *receiver = rig.session->webhookReceiver();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QString callId = rig.createLongCall();
    tracker->trackCall(callId);
    tracker->start();
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, callId), CallStatus::Ongoing, 5'000);
    // Polling keeps running: the end may reach the table by poll and by both webhook copies.
    QVERIFY(rig.simulator->world().forceStatus(callId, sim::SimCallStatus::Completed));
    QTRY_COMPARE_WITH_TIMEOUT(rig.simulator->webhooks().stats().succeeded, quint64(2), 5'000);
    QCOMPARE(rig.simulator->webhooks().stats().duplicated, quint64(1));
    QCOMPARE(receiver->acceptedCount(), qint64(2));
    QCOMPARE(receiver->duplicateCount(), qint64(1));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, callId), CallStatus::Completed, 5'000);

    tracker->flushStore();
    const QList<HistoryStore::Transition> transitions = rig.session->history()->transitions(callId);
    QCOMPARE(transitionsWith(transitions, CallStatus::Completed).size(), 1);
    QCOMPARE(transitionsWith(transitions, CallStatus::Ongoing).size(), 1);
    QCOMPARE(model->count(CallStatus::Completed), 1);
}

void TestWebhookFlow::forgedDeliveryIsRejected()
{
    Rig rig;
    QVERIFY(rig.start(1));
    QVERIFY(rig.startWebhooks(QByteArrayLiteral("not-the-secret"), webhookOptions(0)));
    CallTableModel *model = rig.session->model();
    CallTracker *tracker = rig.session->tracker();
    WebhookReceiver *receiver = rig.session->webhookReceiver();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QString callId = rig.createLongCall();
    tracker->trackCall(callId);
    tracker->start();
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, callId), CallStatus::Ongoing, 5'000);
    tracker->stop();

    QSignalSpy rejected(receiver, &WebhookReceiver::rejected);
    QSignalSpy received(receiver, &WebhookReceiver::eventReceived);
    const qint64 rejectedBefore = receiver->rejectedCount();
    QVERIFY(rig.simulator->world().forceStatus(callId, sim::SimCallStatus::Completed));
    // The sender hears 401 and gives up (no retries configured): nothing else is on its way.
    QTRY_COMPARE_WITH_TIMEOUT(rig.simulator->webhooks().stats().failed, quint64(1), 5'000);
    QCOMPARE(receiver->rejectedCount(), rejectedBefore + 1);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.constFirst().at(0).toInt(), 401);
    QCOMPARE(receiver->lastRejection().status, 401);
    QCOMPARE(receiver->acceptedCount(), qint64(0));
    QCoreApplication::processEvents(); // anything queued after the answer would arrive now
    QCOMPARE(received.size(), 0);

    QCOMPARE(statusOf(model, callId), CallStatus::Ongoing);
    tracker->flushStore();
    const QList<HistoryStore::Transition> transitions = rig.session->history()->transitions(callId);
    QVERIFY(transitionsWith(transitions, CallStatus::Completed).isEmpty());
    QVERIFY(!rig.session->webhookReliefActive()); // a refused delivery proves nothing about the channel
    QVERIFY(tracker->scheduler().hasCall(callId));
    QCOMPARE(tracker->scheduler().queued(), 1); // still followed by polling
}

void TestWebhookFlow::reliefFollowsTheReceiver()
{
    Rig rig;
    QVERIFY(rig.start(1));
    QVERIFY(rig.startWebhooks(Secret, webhookOptions(0)));
    CallTracker *tracker = rig.session->tracker();
    QVERIFY(!rig.session->webhookReliefActive());

    // A first accepted event turns relief on...
    const QString first = rig.createLongCall();
    QVERIFY(rig.simulator->world().forceStatus(first, sim::SimCallStatus::Completed));
    QTRY_VERIFY_WITH_TIMEOUT(rig.session->webhookReliefActive(), 5'000);
    QVERIFY(tracker->webhooksActive());
    // ...stopping the receiver turns it off...
    rig.session->stopWebhookReceiver();
    QVERIFY(!rig.session->webhookReliefActive());
    QVERIFY(!tracker->webhooksActive());
    // ...and a restarted receiver waits for its own first event.
    QVERIFY(rig.startWebhooks(Secret, webhookOptions(0)));
    QVERIFY(!rig.session->webhookReliefActive());
    const QString second = rig.createLongCall();
    QVERIFY(rig.simulator->world().forceStatus(second, sim::SimCallStatus::Completed));
    QTRY_VERIFY_WITH_TIMEOUT(rig.session->webhookReliefActive(), 5'000);
}

TrafficRun TestWebhookFlow::runTraffic(bool webhooks)
{
    TrafficRun run;
    Rig rig;
    if (!rig.start(20, 7))
        return run;
    if (webhooks && !rig.startWebhooks(Secret, webhookOptions(0)))
        return run;
    CallTracker *tracker = rig.session->tracker();
    const CallTableModel *model = rig.session->model();
    sim::SimWorld &world = rig.simulator->world();

    // The same script both times: a batch of 30 calls and 10 single calls, one attempt each (no retry
    // waits), outcomes drawn from the seed.
    sim::BatchOptions batchOptions;
    batchOptions.retry.maxAttempts = 1;
    batchOptions.dialSpacingMs = 2'000;
    batchOptions.talkSeconds = 90;
    const QString batchId = world.createBatch(30, batchOptions);
    QStringList calls = world.batch(batchId)->callIds;
    tracker->trackBatch(batchId);
    for (int i = 0; i < 10; ++i) {
        sim::CallOptions options;
        options.talkSeconds = 30 + 10 * i;
        options.startDelayMs = 3'000 * i;
        const QString callId = world.createCall(options);
        calls.append(callId);
        tracker->trackCall(callId);
    }
    run.calls = int(calls.size());

    const auto allFinal = [&] {
        for (const QString &callId : std::as_const(calls)) {
            const std::optional<sim::SimCall> call = world.call(callId);
            if (!call || !sim::isTerminal(call->status) || call->retryPending() ||
                statusOf(model, callId) != toCallStatus(call->status))
                return false;
        }
        return true;
    };
    QElapsedTimer wall;
    wall.start();
    tracker->start();
    run.allFinal = QTest::qWaitFor(allFinal, 60'000);
    run.requests = rig.simulator->requestCount();
    run.wallMs = wall.elapsed();

    run.deliveries = rig.simulator->webhooks().stats().succeeded;
    return run;
}

void TestWebhookFlow::fewerRequestsWithWebhooks()
{
    const TrafficRun polling = runTraffic(false);
    const TrafficRun pushed = runTraffic(true);
    qInfo("%d calls, polling only: %llu requests in %lld ms", polling.calls, polling.requests,
          polling.wallMs);
    qInfo("%d calls, with webhooks: %llu requests in %lld ms (%llu webhook deliveries)", pushed.calls,
          pushed.requests, pushed.wallMs, pushed.deliveries);
    if (polling.requests > 0)
        qInfo("requests with webhooks / without: %.2f", double(pushed.requests) / double(polling.requests));
    QCOMPARE(polling.calls, 40);
    QVERIFY2(polling.allFinal, "polling alone did not bring every call to its end");
    QVERIFY2(pushed.allFinal, "with webhooks, not every call reached its end");
    QCOMPARE(polling.deliveries, quint64(0));
    QVERIFY(pushed.deliveries > 0);
    QVERIFY2(pushed.requests < polling.requests,
             qPrintable(QStringLiteral("%1 >= %2").arg(pushed.requests).arg(polling.requests)));
}

QTEST_GUILESS_MAIN(TestWebhookFlow)
#include "tst_webhookflow.moc"
