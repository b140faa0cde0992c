#include "testsupport.h"

#include "dialgenclient.h"
#include "pollscheduler.h"

#include <QTest>

using namespace cw;

namespace {

using Kind = PollRequest::Kind;

PollScheduler::Outcome ok(CallStatus status, const QDateTime &start = {})
{
    PollScheduler::Outcome outcome;
    outcome.call.status = status;
    outcome.call.startTime = start;
    return outcome;
}

PollScheduler::Outcome failure(ApiError::Kind kind, int httpStatus = 0, int retryAfter = -1)
{
    PollScheduler::Outcome outcome;
    outcome.error.kind = kind;
    outcome.error.httpStatus = httpStatus;
    outcome.error.retryAfterSeconds = retryAfter;
    return outcome;
}

// An answer after which a batch target is not polled again: every member ended for good (batch calls),
// the batch finished (statistics).
PollScheduler::Outcome settled()
{
    PollScheduler::Outcome outcome = ok(CallStatus::Unknown);
    outcome.members.insert(QStringLiteral("done"), ok(CallStatus::Completed).call);
    outcome.batchFinished = true;
    return outcome;
}

PollScheduler::CallState ended(CallStatus status, const QString &code, const QDateTime &endedAt)
{
    PollScheduler::CallState state;
    state.status = status;
    state.errorCode = code;
    state.startTime = endedAt.addSecs(-60);
    state.endedAt = endedAt;
    return state;
}

} // namespace

class TestPollScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newCallIsAskedAtOnce();
    void cadenceFollowsStatus_data();
    void cadenceFollowsStatus();
    void endedCallsAreNeverAskedAgain();
    void inFlightCap();
    void rateCap();
    void backoffIsBoundedAndJittered();
    void successResetsBackoff();
    void retryAfterPausesEverything_data();
    void retryAfterPausesEverything();
    void authProblemStopsAll();
    void notFoundStopsPollingUntilRefresh();
    void batchCoversItsCalls();
    void batchStatisticsStopWhenFinished();
    void recheckWhenDialgenWouldRetry();
    void recheckUsesTheBatchsOwnDelays();
    void newAttemptAfterRecheckResumesCadence();
    void stuckCallIsVerifiedThroughPersistent();
    void staleAfterThreeCadences();
    void pauseAndResume();
    void removeWhileInFlight();
    void refreshSelection();
    void outageBacksOffTheWholeHost();
    void webhookReliefStretchesCadence_data();
    void webhookReliefStretchesCadence();
    void webhookReliefEndsAtOnce_data();
    void webhookReliefEndsAtOnce();
    void webhookReliefKeepsBackoff();
};

void TestPollScheduler::newCallIsAskedAtOnce()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    QVERIFY(scheduler.addCall(QStringLiteral("a")));
    QVERIFY(!scheduler.addCall(QStringLiteral("a")));
    QCOMPARE(scheduler.nextWake(), clock.now());
    const QList<PollRequest> due = scheduler.takeDue();
    QCOMPARE(due, (QList<PollRequest>{{Kind::Call, QStringLiteral("a")}}));
    QCOMPARE(scheduler.inFlight(), 1);
    QVERIFY(scheduler.takeDue().isEmpty()); // in flight: not sent twice
}

void TestPollScheduler::cadenceFollowsStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("cadence");
    QTest::newRow("SCHEDULED") << int(CallStatus::Scheduled) << qint64(15'000);
    QTest::newRow("ONGOING") << int(CallStatus::Ongoing) << qint64(5'000);
    QTest::newRow("unknown status") << int(CallStatus::Unknown) << qint64(15'000);
}

void TestPollScheduler::cadenceFollowsStatus()
{
    QFETCH(int, status);
    QFETCH(qint64, cadence);
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    scheduler.addCall(QStringLiteral("a"));
    const PollRequest request = scheduler.takeDue().first();
    clock.advance(300);
    scheduler.finished(request, ok(CallStatus(status), clock.now()));
    QCOMPARE(scheduler.nextWake(), clock.now().addMSecs(cadence));
    clock.advance(cadence - 1);
    QVERIFY(scheduler.takeDue().isEmpty());
    clock.advance(1);
    QCOMPARE(scheduler.takeDue().size(), 1);
}

void TestPollScheduler::endedCallsAreNeverAskedAgain()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    scheduler.addCall(QStringLiteral("a"));
    scheduler.finished(scheduler.takeDue().first(), ok(CallStatus::Completed));
    QVERIFY(!scheduler.nextWake().isValid());
    for (int i = 0; i < 100; ++i) {
        clock.advance(60'000);
        QVERIFY(scheduler.takeDue().isEmpty());
    }
    QCOMPARE(scheduler.queued(), 0);
}

void TestPollScheduler::inFlightCap()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    for (int i = 0; i < 10; ++i)
        scheduler.addCall(QStringLiteral("c%1").arg(i));
    const QList<PollRequest> first = scheduler.takeDue();
    QCOMPARE(first.size(), 6);
    QVERIFY(scheduler.takeDue().isEmpty());
    scheduler.finished(first.at(0), ok(CallStatus::Scheduled));
    scheduler.finished(first.at(1), ok(CallStatus::Scheduled));
    QCOMPARE(scheduler.takeDue().size(), 2);
    QCOMPARE(scheduler.inFlight(), 6);
}

void TestPollScheduler::rateCap()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    PollScheduler::Settings settings;
    settings.maxInFlight = 1000;
    settings.ratePerSecond = 10;
    scheduler.setSettings(settings);
    for (int i = 0; i < 500; ++i)
        scheduler.addCall(QStringLiteral("c%1").arg(i));
    int sent = 0;
    const auto drain = [&] {
        const QList<PollRequest> due = scheduler.takeDue();
        for (const PollRequest &request : due)
            scheduler.finished(request, ok(CallStatus::Scheduled));
        sent += int(due.size());
        return int(due.size());
    };
    QCOMPARE(drain(), 10); // a full bucket
    QCOMPARE(drain(), 0);
    clock.advance(500);
    QCOMPARE(drain(), 5);
    // Over ten more seconds, in steps of 100 ms: the refill rate, never more.
    for (int step = 0; step < 100; ++step) {
        clock.advance(100);
        drain();
    }
    QVERIFY2(sent >= 113 && sent <= 116, qPrintable(QString::number(sent)));
    QVERIFY(scheduler.nextWake() > clock.now() || scheduler.takeDue().isEmpty());
}

void TestPollScheduler::backoffIsBoundedAndJittered()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 7);
    scheduler.addCall(QStringLiteral("a"));
    QList<qint64> delays;
    for (int failures = 1; failures <= 10; ++failures) {
        const QList<PollRequest> due = scheduler.takeDue();
        QCOMPARE(due.size(), 1);
        scheduler.finished(due.first(), failure(ApiError::Kind::Server, 500));
        const qint64 delay = clock.now().msecsTo(scheduler.nextWake());
        const qint64 ceiling = qMin<qint64>(60'000, 1'000LL << (failures - 1));
        QVERIFY2(delay >= 0 && delay <= ceiling,
                 qPrintable(QStringLiteral("%1 > %2").arg(delay).arg(ceiling)));
        delays.append(delay);
        clock.advance(delay);
    }
    // Jitter: the waits are not simply the ceilings.
    int atCeiling = 0;
    for (int i = 0; i < delays.size(); ++i)
        atCeiling += delays.at(i) == qMin<qint64>(60'000, 1'000LL << i) ? 1 : 0;
    QVERIFY(atCeiling < 3);
    // Statistically: the 10th wait's distribution spans the capped range.
    QRandomGenerator random(3);
    qint64 low = 60'000, high = 0;
    for (int i = 0; i < 1000; ++i) {
        const qint64 d = PollScheduler::backoffDelayMs(10, 1000, 60000, random);
        low = qMin(low, d);
        high = qMax(high, d);
    }
    QVERIFY(low < 6'000);
    QVERIFY(high > 54'000 && high <= 60'000);
}

void TestPollScheduler::successResetsBackoff()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 7);
    scheduler.addCall(QStringLiteral("a"));
    for (int i = 0; i < 8; ++i) {
        scheduler.finished(scheduler.takeDue().first(), failure(ApiError::Kind::Network));
        clock.set(scheduler.nextWake());
    }
    scheduler.finished(scheduler.takeDue().first(), ok(CallStatus::Ongoing));
    QCOMPARE(clock.now().msecsTo(scheduler.nextWake()), 5'000);
    clock.advance(5'000);
    scheduler.finished(scheduler.takeDue().first(), failure(ApiError::Kind::Timeout));
    QVERIFY(clock.now().msecsTo(scheduler.nextWake()) <= 1'000); // first failure again
}

void TestPollScheduler::retryAfterPausesEverything_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");
    QTest::newRow("429 seconds") << 429 << QByteArray("7") << 7;
    QTest::newRow("503 seconds") << 503 << QByteArray("3") << 3;
    // The clock of this test starts at 2025-11-15T14:30:01.123Z.
    QTest::newRow("429 HTTP date") << 429 << QByteArray("Sat, 15 Nov 2025 14:30:31 GMT") << 30;
}

void TestPollScheduler::retryAfterPausesEverything()
{
    QFETCH(int, status);
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    for (int i = 0; i < 3; ++i)
        scheduler.addCall(QStringLiteral("c%1").arg(i));
    const QList<PollRequest> due = scheduler.takeDue();
    QCOMPARE(due.size(), 3);
    const int retryAfter = DialgenClient::parseRetryAfter(header, clock.now());
    QCOMPARE(retryAfter, seconds);
    scheduler.finished(
        due.at(0),
        failure(status == 429 ? ApiError::Kind::RateLimited : ApiError::Kind::Server, status, retryAfter));
    scheduler.finished(due.at(1), ok(CallStatus::Scheduled));
    scheduler.finished(due.at(2), ok(CallStatus::Scheduled));
    // Nothing at all goes out before the time Dialgen asked for, to the second.
    const QDateTime until = clock.now().addSecs(seconds);
    QCOMPARE(scheduler.pausedUntil().toSecsSinceEpoch(), until.toSecsSinceEpoch());
    QVERIFY(scheduler.nextWake() >= until);
    while (clock.now().addMSecs(250) < until) {
        clock.advance(250);
        QVERIFY(scheduler.takeDue().isEmpty());
    }
    clock.set(until);
    QVERIFY(!scheduler.takeDue().isEmpty());
}

void TestPollScheduler::authProblemStopsAll()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    scheduler.addCall(QStringLiteral("a"));
    scheduler.addCall(QStringLiteral("b"));
    const QList<PollRequest> due = scheduler.takeDue();
    scheduler.finished(due.at(0), failure(ApiError::Kind::Unauthorized, 401));
    QVERIFY(scheduler.authStopped());
    scheduler.finished(due.at(1), failure(ApiError::Kind::Forbidden, 403));
    QVERIFY(!scheduler.nextWake().isValid());
    clock.advance(3'600'000);
    QVERIFY(scheduler.takeDue().isEmpty());
    scheduler.refreshAll(); // e.g. after a new key
    QVERIFY(!scheduler.authStopped());
    QCOMPARE(scheduler.takeDue().size(), 2);
}

void TestPollScheduler::notFoundStopsPollingUntilRefresh()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    scheduler.addCall(QStringLiteral("ghost"));
    scheduler.finished(scheduler.takeDue().first(), failure(ApiError::Kind::NotFound, 404));
    QVERIFY(scheduler.isNotFound(QStringLiteral("ghost")));
    QVERIFY(!scheduler.isStale(QStringLiteral("ghost")));
    clock.advance(600'000);
    QVERIFY(scheduler.takeDue().isEmpty());
    scheduler.refresh({QStringLiteral("ghost")});
    QVERIFY(!scheduler.isNotFound(QStringLiteral("ghost")));
    QCOMPARE(scheduler.takeDue().size(), 1);
}

void TestPollScheduler::batchCoversItsCalls()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    scheduler.addBatch(QStringLiteral("b1"));
    QList<PollRequest> due = scheduler.takeDue();
    QCOMPARE(due.size(), 2);
    QVERIFY(due.contains(PollRequest{Kind::BatchCalls, QStringLiteral("b1")}));
    QVERIFY(due.contains(PollRequest{Kind::BatchStatistics, QStringLiteral("b1")}));
    PollScheduler::Outcome batch;
    for (int i = 0; i < 1000; ++i)
        batch.members.insert(QStringLiteral("m%1").arg(i), ok(CallStatus::Scheduled).call);
    scheduler.finished(due.at(due.indexOf(PollRequest{Kind::BatchCalls, QStringLiteral("b1")})), batch);
    scheduler.finished(due.at(due.indexOf(PollRequest{Kind::BatchStatistics, QStringLiteral("b1")})),
                       ok(CallStatus::Unknown));
    // The user also pastes a member's id: it is still covered by the batch, never asked on its own.
    scheduler.addCall(QStringLiteral("m5"));
    QVERIFY(scheduler.isBatchMember(QStringLiteral("m5")));
    int batchPolls = 0;
    for (int second = 1; second <= 60; ++second) {
        clock.advance(1'000);
        for (const PollRequest &request : scheduler.takeDue()) {
            QVERIFY2(request.kind != Kind::Call && request.kind != Kind::CallPersistent,
                     qPrintable(request.id));
            if (request.kind == Kind::BatchCalls) {
                ++batchPolls;
                scheduler.finished(request, batch);
            } else {
                scheduler.finished(request, ok(CallStatus::Unknown));
            }
        }
    }
    QCOMPARE(batchPolls, 6); // one request per 10 s for 1,000 calls
}

void TestPollScheduler::batchStatisticsStopWhenFinished()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    scheduler.addBatch(QStringLiteral("b1"));
    for (const PollRequest &request : scheduler.takeDue()) {
        if (request.kind == Kind::BatchStatistics) {
            scheduler.finished(request, ok(CallStatus::Unknown));
        } else {
            PollScheduler::Outcome batch;
            batch.members.insert(QStringLiteral("m"), ok(CallStatus::Ongoing).call);
            scheduler.finished(request, batch);
        }
    }
    clock.advance(30'000);
    int statistics = 0;
    for (const PollRequest &request : scheduler.takeDue()) {
        if (request.kind != Kind::BatchStatistics)
            continue;
        ++statistics;
        PollScheduler::Outcome outcome;
        outcome.batchFinished = true;
        scheduler.finished(request, outcome);
    }
    QCOMPARE(statistics, 1);
    for (int i = 0; i < 10; ++i) {
        clock.advance(30'000);
        for (const PollRequest &request : scheduler.takeDue())
            QVERIFY(request.kind != Kind::BatchStatistics);
    }
}

void TestPollScheduler::recheckWhenDialgenWouldRetry()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    scheduler.addBatch(QStringLiteral("b1"));
    const QDateTime end = clock.now();
    PollScheduler::Outcome batch;
    batch.members.insert(QStringLiteral("busy"), ended(CallStatus::Missed, QStringLiteral("BUSY"), end));
    batch.members.insert(QStringLiteral("noanswer"),
                         ended(CallStatus::Missed, QStringLiteral("NO_ANSWER"), end));
    batch.members.insert(QStringLiteral("invalid"),
                         ended(CallStatus::Failed, QStringLiteral("INVALID_NUMBER"), end));
    batch.members.insert(QStringLiteral("done"), ended(CallStatus::Completed, QString(), end));
    const auto answerBatch = [&] {
        for (const PollRequest &request : scheduler.takeDue()) {
            if (request.kind == Kind::BatchCalls)
                scheduler.finished(request, batch);
            else {
                PollScheduler::Outcome stats;
                stats.batchFinished = false;
                scheduler.finished(request, stats);
            }
        }
    };
    answerBatch();
    // All ended: the next look at the batch is when the BUSY call could be dialled again (5 min + margin).
    QDateTime busyRetry = end.addMSecs(300'000 + 2'000);
    QDateTime next;
    // (statistics keep their 30 s cadence; skip over them)
    for (int guard = 0; guard < 20; ++guard) {
        clock.advance(30'000);
        const QList<PollRequest> due = scheduler.takeDue();
        bool sawBatch = false;
        for (const PollRequest &request : due) {
            if (request.kind == Kind::BatchCalls) {
                sawBatch = true;
                QVERIFY2(clock.now() >= busyRetry, qPrintable(clock.now().toString(Qt::ISODateWithMs)));
                QVERIFY(clock.now() < busyRetry.addSecs(30));
                scheduler.finished(request, batch);
            } else {
                PollScheduler::Outcome stats;
                scheduler.finished(request, stats);
            }
        }
        if (sawBatch)
            break;
    }
    // Nothing new: the next look is for the NO_ANSWER call, an hour after its end.
    const QDateTime noAnswerRetry = end.addMSecs(3'600'000 + 2'000);
    int batchPolls = 0;
    while (clock.now() < end.addSecs(3 * 3600)) {
        clock.advance(30'000);
        for (const PollRequest &request : scheduler.takeDue()) {
            if (request.kind == Kind::BatchCalls) {
                ++batchPolls;
                QVERIFY(clock.now() >= noAnswerRetry && clock.now() < noAnswerRetry.addSecs(30));
                scheduler.finished(request, batch);
            } else {
                PollScheduler::Outcome stats;
                stats.batchFinished = true;
                scheduler.finished(request, stats);
            }
        }
    }
    QCOMPARE(batchPolls, 1); // exactly one re-check each, then silence
    QCOMPARE(scheduler.queued(), 0);
}

void TestPollScheduler::recheckUsesTheBatchsOwnDelays()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    scheduler.addBatch(QStringLiteral("b1"), 60'000, 120'000);
    PollScheduler::Outcome batch;
    batch.members.insert(QStringLiteral("busy"),
                         ended(CallStatus::Missed, QStringLiteral("BUSY"), clock.now()));
    for (const PollRequest &request : scheduler.takeDue()) {
        PollScheduler::Outcome stats;
        stats.batchFinished = true;
        scheduler.finished(request, request.kind == Kind::BatchCalls ? batch : stats);
    }
    QCOMPARE(clock.now().msecsTo(scheduler.nextWake()), 62'000);
}

void TestPollScheduler::newAttemptAfterRecheckResumesCadence()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    scheduler.addBatch(QStringLiteral("b1"));
    PollScheduler::Outcome batch;
    batch.members.insert(QStringLiteral("busy"),
                         ended(CallStatus::Missed, QStringLiteral("BUSY"), clock.now()));
    for (const PollRequest &request : scheduler.takeDue()) {
        PollScheduler::Outcome stats;
        stats.batchFinished = true;
        scheduler.finished(request, request.kind == Kind::BatchCalls ? batch : stats);
    }
    clock.set(scheduler.nextWake());
    const QList<PollRequest> due = scheduler.takeDue();
    QCOMPARE(due.size(), 1);
    PollScheduler::Outcome retried;
    PollScheduler::CallState again;
    again.status = CallStatus::Scheduled;
    again.startTime = clock.now();
    retried.members.insert(QStringLiteral("busy"), again);
    scheduler.finished(due.first(), retried);
    QCOMPARE(clock.now().msecsTo(scheduler.nextWake()), 10'000); // active again: normal cadence
}

void TestPollScheduler::stuckCallIsVerifiedThroughPersistent()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    scheduler.addCall(QStringLiteral("long"));
    scheduler.finished(scheduler.takeDue().first(), ok(CallStatus::Ongoing, clock.now().addSecs(-1790)));
    QVERIFY(!scheduler.isPossiblyStuck(QStringLiteral("long")));
    clock.advance(5'000);
    QList<PollRequest> due = scheduler.takeDue();
    QCOMPARE(due.first().kind, Kind::Call);
    scheduler.finished(due.first(), ok(CallStatus::Ongoing, clock.now().addSecs(-1795)));
    clock.advance(10'000); // now past 1800 s
    QVERIFY(scheduler.isPossiblyStuck(QStringLiteral("long")));
    due = scheduler.takeDue();
    QCOMPARE(due.first(), (PollRequest{Kind::CallPersistent, QStringLiteral("long")}));
    scheduler.finished(due.first(), ok(CallStatus::Ongoing, clock.now().addSecs(-1805)));
    clock.advance(5'000);
    due = scheduler.takeDue();
    QCOMPARE(due.first().kind, Kind::Call); // verified once; back to the live endpoint
}

void TestPollScheduler::staleAfterThreeCadences()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    scheduler.addCall(QStringLiteral("a"));
    scheduler.finished(scheduler.takeDue().first(), ok(CallStatus::Ongoing, clock.now()));
    clock.advance(15'000);
    QVERIFY(!scheduler.isStale(QStringLiteral("a")));
    for (int i = 0; i < 4; ++i) {
        const QList<PollRequest> due = scheduler.takeDue();
        if (!due.isEmpty())
            scheduler.finished(due.first(), failure(ApiError::Kind::Network));
        clock.advance(1'000);
    }
    QVERIFY(scheduler.isStale(QStringLiteral("a")));
    QCOMPARE(scheduler.staleCalls(), QStringList{QStringLiteral("a")});
    clock.set(scheduler.nextWake());
    scheduler.finished(scheduler.takeDue().first(), ok(CallStatus::Ongoing, clock.now()));
    QVERIFY(!scheduler.isStale(QStringLiteral("a")));
}

void TestPollScheduler::pauseAndResume()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    scheduler.addCall(QStringLiteral("a"));
    scheduler.pause();
    QVERIFY(scheduler.takeDue().isEmpty());
    QVERIFY(!scheduler.nextWake().isValid());
    scheduler.resume();
    QCOMPARE(scheduler.takeDue().size(), 1);
}

void TestPollScheduler::removeWhileInFlight()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    scheduler.addCall(QStringLiteral("a"));
    const PollRequest request = scheduler.takeDue().first();
    scheduler.removeCall(QStringLiteral("a"));
    QCOMPARE(scheduler.inFlight(), 0);
    scheduler.finished(request, ok(CallStatus::Ongoing)); // late answer: ignored
    QCOMPARE(scheduler.inFlight(), 0);
    QCOMPARE(scheduler.queued(), 0);
}

void TestPollScheduler::refreshSelection()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    scheduler.addCall(QStringLiteral("a"));
    scheduler.addCall(QStringLiteral("b"));
    for (const PollRequest &request : scheduler.takeDue())
        scheduler.finished(request, ok(CallStatus::Scheduled));
    clock.advance(1'000);
    QVERIFY(scheduler.takeDue().isEmpty());
    scheduler.refresh({QStringLiteral("b")});
    QCOMPARE(scheduler.takeDue(), (QList<PollRequest>{{Kind::Call, QStringLiteral("b")}}));
}

void TestPollScheduler::outageBacksOffTheWholeHost()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 11);
    for (int i = 0; i < 60; ++i)
        scheduler.addCall(QStringLiteral("c%1").arg(i));
    // A healthy minute first: every call ONGOING, answered at once.
    QList<int> perSecond;
    const auto runFor = [&](int seconds, bool healthy) {
        for (int s = 0; s < seconds; ++s) {
            int sent = 0;
            for (int step = 0; step < 10; ++step) {
                const QList<PollRequest> due = scheduler.takeDue();
                sent += int(due.size());
                for (const PollRequest &request : due)
                    scheduler.finished(request, healthy ? ok(CallStatus::Ongoing, clock.now())
                                                        : failure(ApiError::Kind::Server, 500));
                clock.advance(100);
            }
            perSecond.append(sent);
        }
    };
    runFor(30, true);
    const auto rate = [&](int from, int to) {
        int total = 0;
        for (int i = from; i < to; ++i)
            total += perSecond.at(i);
        return double(total) / (to - from);
    };
    const double before = rate(10, 30);
    QVERIFY2(before >= 9.0, qPrintable(QString::number(before))); // 60 calls every 5 s, capped at 10/s
    runFor(60, false);                                            // a 500 storm
    const double storm = rate(30 + 50, 30 + 60);
    QVERIFY2(storm <= before * 0.1, qPrintable(QStringLiteral("%1 -> %2 requests/s").arg(before).arg(storm)));
    // Recovery: once Dialgen answers again, the normal rate is back within a backoff cap.
    runFor(90, true);
    const double after = rate(30 + 60 + 70, 30 + 60 + 90);
    QVERIFY2(after >= 9.0, qPrintable(QString::number(after)));
}

void TestPollScheduler::webhookReliefStretchesCadence_data()
{
    QTest::addColumn<int>("kind");   // PollRequest::Kind of the target looked at
    QTest::addColumn<int>("status"); // the call's status (calls only)
    QTest::addColumn<bool>("active");
    QTest::addColumn<double>("factor");
    QTest::addColumn<qint64>("cadence");
    const int call = int(Kind::Call);
    const int batch = int(Kind::BatchCalls);
    const int statistics = int(Kind::BatchStatistics);
    const int ongoing = int(CallStatus::Ongoing);
    const int scheduled = int(CallStatus::Scheduled);
    QTest::newRow("ONGOING, off") << call << ongoing << false << 3.0 << qint64(5'000);
    QTest::newRow("ONGOING, on") << call << ongoing << true << 3.0 << qint64(15'000);
    QTest::newRow("ONGOING, on, factor 2.5") << call << ongoing << true << 2.5 << qint64(12'500);
    QTest::newRow("ONGOING, on, factor below 1") << call << ongoing << true << 0.2 << qint64(5'000);
    QTest::newRow("SCHEDULED, on") << call << scheduled << true << 3.0 << qint64(15'000);
    QTest::newRow("SCHEDULED, off") << call << scheduled << false << 3.0 << qint64(15'000);
    QTest::newRow("batch, off") << batch << ongoing << false << 3.0 << qint64(10'000);
    QTest::newRow("batch, on") << batch << ongoing << true << 3.0 << qint64(30'000);
    QTest::newRow("batch, on, factor 4") << batch << ongoing << true << 4.0 << qint64(40'000);
    QTest::newRow("statistics, on") << statistics << ongoing << true << 3.0 << qint64(30'000);
}

void TestPollScheduler::webhookReliefStretchesCadence()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(bool, active);
    QFETCH(double, factor);
    QFETCH(qint64, cadence);
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    PollScheduler::Settings settings;
    settings.webhookCadenceFactor = factor;
    scheduler.setSettings(settings);
    scheduler.setWebhooksActive(active);
    QCOMPARE(scheduler.webhooksActive(), active);
    const QString id = QStringLiteral("x");
    if (Kind(kind) == Kind::Call)
        scheduler.addCall(id);
    else
        scheduler.addBatch(id);
    PollScheduler::Outcome outcome = ok(CallStatus(status), clock.now());
    outcome.members.insert(QStringLiteral("m"), ok(CallStatus::Ongoing, clock.now()).call);
    for (const PollRequest &request : scheduler.takeDue()) {
        if (request.kind != Kind(kind))
            scheduler.finished(request, settled()); // the other target of a batch
        else
            scheduler.finished(request, outcome);
    }
    QCOMPARE(scheduler.queued(), 1);
    QCOMPARE(scheduler.nextWake(), clock.now().addMSecs(cadence));
    clock.advance(cadence - 1);
    QVERIFY(scheduler.takeDue().isEmpty());
    clock.advance(1);
    QCOMPARE(scheduler.takeDue(), (QList<PollRequest>{{Kind(kind), id}}));
    // Staleness follows the cadence in force: a call polled on time is never stale.
    if (Kind(kind) == Kind::Call)
        QVERIFY(!scheduler.isStale(id));
}

void TestPollScheduler::webhookReliefEndsAtOnce_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("offAfterMs");    // when relief ends, after the last answer
    QTest::addColumn<qint64>("expectedDueMs"); // after the last answer
    QTest::newRow("ONGOING call, early") << int(Kind::Call) << qint64(2'000) << qint64(5'000);
    QTest::newRow("ONGOING call, overdue") << int(Kind::Call) << qint64(8'000) << qint64(8'000);
    QTest::newRow("batch, early") << int(Kind::BatchCalls) << qint64(1'000) << qint64(10'000);
    QTest::newRow("batch, overdue") << int(Kind::BatchCalls) << qint64(12'000) << qint64(12'000);
}

void TestPollScheduler::webhookReliefEndsAtOnce()
{
    QFETCH(int, kind);
    QFETCH(qint64, offAfterMs);
    QFETCH(qint64, expectedDueMs);
    ManualClock clock;
    PollScheduler scheduler(clock, 1);
    scheduler.setWebhooksActive(true);
    const QString id = QStringLiteral("x");
    if (Kind(kind) == Kind::Call)
        scheduler.addCall(id);
    else
        scheduler.addBatch(id);
    PollScheduler::Outcome outcome = ok(CallStatus::Ongoing, clock.now());
    outcome.members.insert(QStringLiteral("m"), ok(CallStatus::Ongoing, clock.now()).call);
    for (const PollRequest &request : scheduler.takeDue()) {
        if (request.kind != Kind(kind))
            scheduler.finished(request, settled());
        else
            scheduler.finished(request, outcome);
    }
    const QDateTime answered = clock.now();
    clock.advance(offAfterMs);
    scheduler.setWebhooksActive(false);
    QCOMPARE(scheduler.nextWake(), answered.addMSecs(expectedDueMs));
    // Turning relief on again does not push the poll out.
    scheduler.setWebhooksActive(true);
    QCOMPARE(scheduler.nextWake(), answered.addMSecs(expectedDueMs));
}

void TestPollScheduler::webhookReliefKeepsBackoff()
{
    ManualClock clock;
    PollScheduler scheduler(clock, 7);
    PollScheduler::Settings settings;
    settings.hostFailureThreshold = 100; // this target's own backoff only
    settings.backoffBaseMs = 40'000;
    settings.backoffCapMs = 40'000;
    scheduler.setSettings(settings);
    scheduler.setWebhooksActive(true);
    scheduler.addCall(QStringLiteral("a"));
    scheduler.finished(scheduler.takeDue().first(), ok(CallStatus::Ongoing, clock.now()));
    clock.advance(15'000);
    scheduler.finished(scheduler.takeDue().first(), failure(ApiError::Kind::Network));
    const QDateTime backoffUntil = scheduler.nextWake();
    QVERIFY(backoffUntil > clock.now()); // later than the normal cadence would put it
    scheduler.setWebhooksActive(false);
    QCOMPARE(scheduler.nextWake(), backoffUntil);
    // A call that ended is not brought back either.
    PollScheduler ended(clock, 1);
    ended.setWebhooksActive(true);
    ended.addCall(QStringLiteral("b"));
    ended.finished(ended.takeDue().first(), ok(CallStatus::Completed, clock.now()));
    ended.setWebhooksActive(false);
    QCOMPARE(ended.queued(), 0);
    QVERIFY(!ended.nextWake().isValid());
}

QTEST_GUILESS_MAIN(TestPollScheduler)
#include "tst_pollscheduler.moc"
