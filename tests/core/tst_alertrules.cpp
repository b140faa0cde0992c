#include "testsupport.h"

#include "alertrules.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace cw;

namespace {

constexpr qint64 second = 1'000;
constexpr qint64 minute = 60 * second;

AlertRuleConfig plain(double warning, double critical, double hysteresis = 0, qint64 holdSeconds = 0)
{
    AlertRuleConfig config;
    config.warningThreshold = warning;
    config.criticalThreshold = critical;
    config.hysteresis = hysteresis;
    config.minimumHoldSeconds = holdSeconds;
    return config;
}

// Only the given kind is enabled, so the other rules cannot interfere.
void onlyRule(AlertEngine &engine, AlertKind kind, const AlertRuleConfig &config)
{
    for (const AlertKind other : allAlertKinds) {
        AlertRuleConfig disabled = engine.config(other);
        disabled.enabled = false;
        engine.setConfig(other, disabled);
    }
    engine.setConfig(kind, config);
}

void recordCalls(AlertEngine &engine, const QDateTime &at, int completed, int failed, int missed = 0)
{
    for (int i = 0; i < completed; ++i)
        engine.recordOutcome(at, CallStatus::Completed);
    for (int i = 0; i < failed; ++i)
        engine.recordOutcome(at, CallStatus::Failed, QStringLiteral("NETWORK_ERROR"));
    for (int i = 0; i < missed; ++i)
        engine.recordOutcome(at, CallStatus::Missed, QStringLiteral("NO_ANSWER"));
}

AlertLevel raisedLevel(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(1).value<AlertLevel>();
}

} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultsAreSane();
    void thresholds_data();
    void thresholds();
    void hysteresisRaisesOnceWhileOscillating();
    void hysteresisClearsOnlyBelowMargin_data();
    void hysteresisClearsOnlyBelowMargin();
    void minimumHoldTime();
    void steadyValueNeverRepeatsSignals();
    void escalationRaisesAgainAndNeedsNewAcknowledge();
    void deescalationKeepsAcknowledge();
    void acknowledgeSilencesRotationButKeepsLevel();
    void acknowledgeWhenNormalIsNoOp();
    void newEpisodeNeedsNewAcknowledge();
    void acknowledgeAll();
    void minimumSampleSize_data();
    void minimumSampleSize();
    void missedCountsAsFailureOnlyWhenConfigured_data();
    void missedCountsAsFailureOnlyWhenConfigured();
    void slidingWindowDropsOldOutcomes();
    void insufficientCreditsLeaveTheWindow();
    void callIdReplacesEarlierOutcome();
    void nonTerminalOutcomesAreIgnored();
    void disabledRuleNeverRaises_data();
    void disabledRuleNeverRaises();
    void disablingAnActiveRuleClearsIt();
    void pollingDownByElapsedTime_data();
    void pollingDownByElapsedTime();
    void pollingRecovers();
    void pollingNotExpectedStaysNormal();
    void describe_data();
    void describe();
    void describeWhileEasing();
};

void TestAlertRules::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestAlertRules::defaultsAreSane()
{
    for (const AlertKind kind : allAlertKinds) {
        const AlertRuleConfig config = AlertRuleConfig::defaults(kind);
        QVERIFY(config.enabled);
        QVERIFY(config.criticalThreshold >= config.warningThreshold ||
                kind == AlertKind::InsufficientCredits);
        QVERIFY(!alertKindTitle(kind).isEmpty());
    }
    ManualClock clock;
    AlertEngine engine(clock);
    engine.update();
    for (const AlertKind kind : allAlertKinds)
        QCOMPARE(engine.level(kind), AlertLevel::Normal);
    QVERIFY(!engine.holdsRotation());
}

void TestAlertRules::thresholds_data()
{
    QTest::addColumn<AlertKind>("kind");
    QTest::addColumn<int>("amount"); // failed of 100 calls, credit failures, backlog, poll seconds
    QTest::addColumn<AlertLevel>("expected");

    QTest::newRow("rate 5 %") << AlertKind::FailureRate << 5 << AlertLevel::Normal;
    QTest::newRow("rate exactly 10 % is not above") << AlertKind::FailureRate << 10 << AlertLevel::Normal;
    QTest::newRow("rate 11 %") << AlertKind::FailureRate << 11 << AlertLevel::Warning;
    QTest::newRow("rate 20 %") << AlertKind::FailureRate << 20 << AlertLevel::Warning;
    QTest::newRow("rate 23 %") << AlertKind::FailureRate << 23 << AlertLevel::Critical;
    QTest::newRow("credits none") << AlertKind::InsufficientCredits << 0 << AlertLevel::Normal;
    QTest::newRow("credits any is critical") << AlertKind::InsufficientCredits << 1 << AlertLevel::Critical;
    QTest::newRow("backlog 150") << AlertKind::ScheduledBacklog << 150 << AlertLevel::Normal;
    QTest::newRow("backlog 200") << AlertKind::ScheduledBacklog << 200 << AlertLevel::Normal;
    QTest::newRow("backlog 201") << AlertKind::ScheduledBacklog << 201 << AlertLevel::Warning;
    QTest::newRow("backlog 1500") << AlertKind::ScheduledBacklog << 1500 << AlertLevel::Critical;
    QTest::newRow("polling 30 s") << AlertKind::PollingDown << 30 << AlertLevel::Normal;
    QTest::newRow("polling 60 s") << AlertKind::PollingDown << 60 << AlertLevel::Normal;
    QTest::newRow("polling 61 s") << AlertKind::PollingDown << 61 << AlertLevel::Warning;
    QTest::newRow("polling 301 s") << AlertKind::PollingDown << 301 << AlertLevel::Critical;
}

void TestAlertRules::thresholds()
{
    QFETCH(AlertKind, kind);
    QFETCH(int, amount);
    QFETCH(AlertLevel, expected);

    ManualClock clock;
    AlertEngine engine(clock);
    onlyRule(engine, kind, AlertRuleConfig::defaults(kind));
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);

    switch (kind) {
    case AlertKind::FailureRate:
        recordCalls(engine, clock.now(), 100 - amount, amount);
        break;
    case AlertKind::InsufficientCredits:
        recordCalls(engine, clock.now(), 5, 0);
        for (int i = 0; i < amount; ++i)
            engine.recordOutcome(clock.now(), CallStatus::Failed, QStringLiteral("INSUFFICIENT_CREDITS"));
        break;
    case AlertKind::ScheduledBacklog:
        engine.setScheduledBacklog(amount);
        break;
    case AlertKind::PollingDown:
        engine.recordPollSuccess(clock.now());
        clock.advance(amount * second);
        break;
    }
    engine.update();

    QCOMPARE(engine.level(kind), expected);
    QCOMPARE(engine.holdsRotation(), expected != AlertLevel::Normal);
    QCOMPARE(raised.count(), expected == AlertLevel::Normal ? 0 : 1);
    if (!raised.isEmpty()) {
        QCOMPARE(raised.at(0).at(0).value<AlertKind>(), kind);
        QCOMPARE(raisedLevel(raised, 0), expected);
    }
}

void TestAlertRules::hysteresisRaisesOnceWhileOscillating()
{
    ManualClock clock;
    AlertEngine engine(clock);
    onlyRule(engine, AlertKind::ScheduledBacklog, plain(200, 1000, 20));
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);

    for (int i = 0; i < 10; ++i) {
        engine.setScheduledBacklog(i % 2 == 0 ? 205 : 195);
        engine.update();
        clock.advance(10 * second);
        QCOMPARE(engine.level(AlertKind::ScheduledBacklog), AlertLevel::Warning);
    }
    QCOMPARE(raised.count(), 1);
    QCOMPARE(cleared.count(), 0);

    engine.setScheduledBacklog(170);
    engine.update();
    QCOMPARE(engine.level(AlertKind::ScheduledBacklog), AlertLevel::Normal);
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(cleared.at(0).at(0).value<AlertKind>(), AlertKind::ScheduledBacklog);
}

void TestAlertRules::hysteresisClearsOnlyBelowMargin_data()
{
    QTest::addColumn<int>("afterwards");
    QTest::addColumn<AlertLevel>("expected");

    QTest::newRow("still above threshold") << 250 << AlertLevel::Warning;
    QTest::newRow("at threshold") << 200 << AlertLevel::Warning;
    QTest::newRow("inside margin") << 190 << AlertLevel::Warning;
    QTest::newRow("just inside margin") << 181 << AlertLevel::Warning;
    QTest::newRow("at threshold minus margin") << 180 << AlertLevel::Normal;
    QTest::newRow("well below") << 20 << AlertLevel::Normal;
    QTest::newRow("critical drops to warning below its margin") << 900 << AlertLevel::Warning;
}

void TestAlertRules::hysteresisClearsOnlyBelowMargin()
{
    QFETCH(int, afterwards);
    QFETCH(AlertLevel, expected);

    ManualClock clock;
    AlertEngine engine(clock);
    onlyRule(engine, AlertKind::ScheduledBacklog, plain(200, 1000, 20));
    const bool fromCritical = afterwards > 500;
    engine.setScheduledBacklog(fromCritical ? 1200 : 250);
    engine.update();
    QCOMPARE(engine.level(AlertKind::ScheduledBacklog),
             fromCritical ? AlertLevel::Critical : AlertLevel::Warning);

    if (fromCritical) { // just inside the critical margin: stays critical
        engine.setScheduledBacklog(990);
        engine.update();
        QCOMPARE(engine.level(AlertKind::ScheduledBacklog), AlertLevel::Critical);
    }
    engine.setScheduledBacklog(afterwards);
    engine.update();
    QCOMPARE(engine.level(AlertKind::ScheduledBacklog), expected);
}

void TestAlertRules::minimumHoldTime()
{
    ManualClock clock;
    AlertEngine engine(clock);
    onlyRule(engine, AlertKind::ScheduledBacklog, plain(200, 1000, 0, 60));
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);

    engine.setScheduledBacklog(300);
    engine.update();
    engine.setScheduledBacklog(100);
    clock.advance(59 * second);
    engine.update();
    QCOMPARE(engine.level(AlertKind::ScheduledBacklog), AlertLevel::Warning);
    QCOMPARE(cleared.count(), 0);
    clock.advance(1 * second);
    engine.update();
    QCOMPARE(engine.level(AlertKind::ScheduledBacklog), AlertLevel::Normal);
    QCOMPARE(raised.count(), 1);
    QCOMPARE(cleared.count(), 1);
}

void TestAlertRules::steadyValueNeverRepeatsSignals()
{
    ManualClock clock;
    AlertEngine engine(clock);
    onlyRule(engine, AlertKind::ScheduledBacklog, plain(200, 1000));
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy changed(&engine, &AlertEngine::changed);

    engine.setScheduledBacklog(400);
    for (int i = 0; i < 5; ++i) {
        engine.update();
        clock.advance(second);
    }
    QCOMPARE(raised.count(), 1);
    QCOMPARE(changed.count(), 1);
}

void TestAlertRules::escalationRaisesAgainAndNeedsNewAcknowledge()
{
    ManualClock clock;
    AlertEngine engine(clock);
    onlyRule(engine, AlertKind::ScheduledBacklog, plain(200, 1000, 20));
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);

    engine.setScheduledBacklog(300);
    engine.update();
    engine.acknowledge(AlertKind::ScheduledBacklog);
    QVERIFY(engine.isAcknowledged(AlertKind::ScheduledBacklog));
    QVERIFY(!engine.holdsRotation());

    engine.setScheduledBacklog(1500);
    engine.update();
    QCOMPARE(raised.count(), 2);
    QCOMPARE(raisedLevel(raised, 0), AlertLevel::Warning);
    QCOMPARE(raisedLevel(raised, 1), AlertLevel::Critical);
    QVERIFY(!engine.isAcknowledged(AlertKind::ScheduledBacklog));
    QVERIFY(engine.holdsRotation());

    engine.acknowledge(AlertKind::ScheduledBacklog);
    QVERIFY(engine.isAcknowledged(AlertKind::ScheduledBacklog));
    QVERIFY(!engine.holdsRotation());
}

void TestAlertRules::deescalationKeepsAcknowledge()
{
    ManualClock clock;
    AlertEngine engine(clock);
    onlyRule(engine, AlertKind::ScheduledBacklog, plain(200, 1000, 20));
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);

    engine.setScheduledBacklog(1500);
    engine.update();
    engine.acknowledge(AlertKind::ScheduledBacklog);
    engine.setScheduledBacklog(500);
    engine.update();
    QCOMPARE(engine.level(AlertKind::ScheduledBacklog), AlertLevel::Warning);
    QVERIFY(engine.isAcknowledged(AlertKind::ScheduledBacklog));
    QVERIFY(!engine.holdsRotation());
    QCOMPARE(raised.count(), 1); // a drop is not a raise
    QCOMPARE(cleared.count(), 0);
}

void TestAlertRules::acknowledgeSilencesRotationButKeepsLevel()
{
    ManualClock clock;
    AlertEngine engine(clock);
    engine.setScheduledBacklog(1500);
    engine.recordPollSuccess(clock.now());
    engine.update();
    QVERIFY(engine.holdsRotation());
    QSignalSpy changed(&engine, &AlertEngine::changed);

    engine.acknowledge(AlertKind::ScheduledBacklog);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!engine.holdsRotation());
    QCOMPARE(engine.level(AlertKind::ScheduledBacklog), AlertLevel::Critical);
    QCOMPARE(engine.highestLevel(), AlertLevel::Critical);
    engine.acknowledge(AlertKind::ScheduledBacklog); // again: nothing new
    QCOMPARE(changed.count(), 1);

    engine.update();
    QVERIFY(!engine.holdsRotation());
    QCOMPARE(engine.level(AlertKind::ScheduledBacklog), AlertLevel::Critical);
}

void TestAlertRules::acknowledgeWhenNormalIsNoOp()
{
    ManualClock clock;
    AlertEngine engine(clock);
    engine.update();
    QSignalSpy changed(&engine, &AlertEngine::changed);
    engine.acknowledge(AlertKind::FailureRate);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!engine.isAcknowledged(AlertKind::FailureRate));

    // An acknowledge before the alert does not pre-silence it.
    engine.setScheduledBacklog(300);
    engine.recordPollSuccess(clock.now());
    engine.update();
    QVERIFY(!engine.isAcknowledged(AlertKind::ScheduledBacklog));
    QVERIFY(engine.holdsRotation());
}

void TestAlertRules::newEpisodeNeedsNewAcknowledge()
{
    ManualClock clock;
    AlertEngine engine(clock);
    onlyRule(engine, AlertKind::ScheduledBacklog, plain(200, 1000, 20));
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);

    engine.setScheduledBacklog(300);
    engine.update();
    engine.acknowledge(AlertKind::ScheduledBacklog);
    QVERIFY(!engine.holdsRotation());

    engine.setScheduledBacklog(0);
    engine.update();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!engine.isAcknowledged(AlertKind::ScheduledBacklog));

    engine.setScheduledBacklog(300);
    engine.update();
    QCOMPARE(raised.count(), 2);
    QVERIFY(!engine.isAcknowledged(AlertKind::ScheduledBacklog));
    QVERIFY(engine.holdsRotation());
}

void TestAlertRules::acknowledgeAll()
{
    ManualClock clock;
    AlertEngine engine(clock);
    engine.setScheduledBacklog(300);
    engine.recordOutcome(clock.now(), CallStatus::Failed, QStringLiteral("INSUFFICIENT_CREDITS"));
    engine.recordPollSuccess(clock.now());
    engine.update();
    QCOMPARE(engine.level(AlertKind::ScheduledBacklog), AlertLevel::Warning);
    QCOMPARE(engine.level(AlertKind::InsufficientCredits), AlertLevel::Critical);
    engine.acknowledge(AlertKind::ScheduledBacklog);
    QVERIFY(engine.holdsRotation()); // credits still unacknowledged
    engine.acknowledgeAll();
    QVERIFY(!engine.holdsRotation());
    QVERIFY(engine.isAcknowledged(AlertKind::InsufficientCredits));
}

void TestAlertRules::minimumSampleSize_data()
{
    QTest::addColumn<int>("completed");
    QTest::addColumn<int>("failed");
    QTest::addColumn<int>("minimumSamples");
    QTest::addColumn<AlertLevel>("expected");

    QTest::newRow("1 of 1 failed, too few") << 0 << 1 << 10 << AlertLevel::Normal;
    QTest::newRow("9 of 9 failed, too few") << 0 << 9 << 10 << AlertLevel::Normal;
    QTest::newRow("3 of 10 failed, enough") << 7 << 3 << 10 << AlertLevel::Critical;
    QTest::newRow("2 of 10 failed is 20 %") << 8 << 2 << 10 << AlertLevel::Warning;
    QTest::newRow("1 of 1 without minimum") << 0 << 1 << 0 << AlertLevel::Critical;
    QTest::newRow("nothing ended") << 0 << 0 << 0 << AlertLevel::Normal;
}

void TestAlertRules::minimumSampleSize()
{
    QFETCH(int, completed);
    QFETCH(int, failed);
    QFETCH(int, minimumSamples);
    QFETCH(AlertLevel, expected);

    ManualClock clock;
    AlertEngine engine(clock);
    AlertRuleConfig config = AlertRuleConfig::defaults(AlertKind::FailureRate);
    config.minimumSamples = minimumSamples;
    onlyRule(engine, AlertKind::FailureRate, config);
    recordCalls(engine, clock.now(), completed, failed);
    engine.update();
    QCOMPARE(engine.failureRateSamples(), completed + failed);
    QCOMPARE(engine.level(AlertKind::FailureRate), expected);
}

void TestAlertRules::missedCountsAsFailureOnlyWhenConfigured_data()
{
    QTest::addColumn<bool>("countMissed");
    QTest::addColumn<double>("rate");
    QTest::addColumn<AlertLevel>("expected");

    // 14 completed, 1 failed, 5 missed: 20 ended calls.
    QTest::newRow("missed is ended, not failed") << false << 5.0 << AlertLevel::Normal;
    QTest::newRow("missed counted as failure") << true << 30.0 << AlertLevel::Critical;
}

void TestAlertRules::missedCountsAsFailureOnlyWhenConfigured()
{
    QFETCH(bool, countMissed);
    QFETCH(double, rate);
    QFETCH(AlertLevel, expected);

    ManualClock clock;
    AlertEngine engine(clock);
    AlertRuleConfig config = AlertRuleConfig::defaults(AlertKind::FailureRate);
    config.countMissedAsFailure = countMissed;
    onlyRule(engine, AlertKind::FailureRate, config);
    recordCalls(engine, clock.now(), 14, 1, 5);
    engine.update();
    QCOMPARE(engine.failureRateSamples(), 20);
    QCOMPARE(engine.value(AlertKind::FailureRate), rate);
    QCOMPARE(engine.level(AlertKind::FailureRate), expected);
}

void TestAlertRules::slidingWindowDropsOldOutcomes()
{
    ManualClock clock;
    AlertEngine engine(clock);
    AlertRuleConfig config = AlertRuleConfig::defaults(AlertKind::FailureRate); // 15 min, 10 samples
    config.minimumHoldSeconds = 0;
    onlyRule(engine, AlertKind::FailureRate, config);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);

    const QDateTime start = clock.now();
    recordCalls(engine, start, 10, 10); // 50 %
    engine.update();
    QCOMPARE(engine.level(AlertKind::FailureRate), AlertLevel::Critical);

    clock.advance(10 * minute);
    recordCalls(engine, clock.now(), 20, 0); // 10 of 40 = 25 %
    engine.update();
    QCOMPARE(engine.value(AlertKind::FailureRate), 25.0);
    QCOMPARE(engine.level(AlertKind::FailureRate), AlertLevel::Critical);

    clock.set(start.addMSecs(15 * minute - 1));
    engine.update();
    QCOMPARE(engine.failureRateSamples(), 40);

    clock.set(start.addMSecs(15 * minute)); // the first batch is exactly 15 min old: out
    engine.update();
    QCOMPARE(engine.failureRateSamples(), 20);
    QCOMPARE(engine.value(AlertKind::FailureRate), 0.0);
    QCOMPARE(engine.level(AlertKind::FailureRate), AlertLevel::Normal);
    QCOMPARE(cleared.count(), 1);

    clock.advance(10 * minute);
    engine.update();
    QCOMPARE(engine.failureRateSamples(), 0);
}

void TestAlertRules::insufficientCreditsLeaveTheWindow()
{
    ManualClock clock;
    AlertEngine engine(clock);
    onlyRule(engine, AlertKind::InsufficientCredits,
             AlertRuleConfig::defaults(AlertKind::InsufficientCredits));
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);

    engine.recordOutcome(clock.now(), CallStatus::Failed, QStringLiteral(" insufficient_credits "));
    engine.update();
    QCOMPARE(engine.level(AlertKind::InsufficientCredits), AlertLevel::Critical);
    clock.advance(5 * minute);
    engine.recordOutcome(clock.now(), CallStatus::Failed, QStringLiteral("INSUFFICIENT_CREDITS"));
    engine.update();
    QCOMPARE(engine.value(AlertKind::InsufficientCredits), 2.0);
    QCOMPARE(raised.count(), 1);

    clock.advance(10 * minute);
    engine.update();
    QCOMPARE(engine.value(AlertKind::InsufficientCredits), 1.0);
    QCOMPARE(engine.level(AlertKind::InsufficientCredits), AlertLevel::Critical);
    clock.advance(5 * minute);
    engine.update();
    QCOMPARE(engine.level(AlertKind::InsufficientCredits), AlertLevel::Normal);
    QCOMPARE(cleared.count(), 1);
}

void TestAlertRules::callIdReplacesEarlierOutcome()
{
    ManualClock clock;
    AlertEngine engine(clock);
    AlertRuleConfig config = AlertRuleConfig::defaults(AlertKind::FailureRate);
    config.minimumSamples = 0;
    onlyRule(engine, AlertKind::FailureRate, config);

    engine.recordOutcome(clock.now(), CallStatus::Failed, {}, QStringLiteral("call-1"));
    engine.recordOutcome(clock.now(), CallStatus::Failed, {}, QStringLiteral("call-1"));
    engine.recordOutcome(clock.now(), CallStatus::Completed, {}, QStringLiteral("call-2"));
    engine.update();
    QCOMPARE(engine.failureRateSamples(), 2);
    QCOMPARE(engine.value(AlertKind::FailureRate), 50.0);

    engine.recordOutcome(clock.now(), CallStatus::Completed, {}, QStringLiteral("call-1"));
    engine.update();
    QCOMPARE(engine.failureRateSamples(), 2);
    QCOMPARE(engine.value(AlertKind::FailureRate), 0.0);
}

void TestAlertRules::nonTerminalOutcomesAreIgnored()
{
    ManualClock clock;
    AlertEngine engine(clock);
    engine.recordOutcome(clock.now(), CallStatus::Scheduled);
    engine.recordOutcome(clock.now(), CallStatus::Ongoing);
    engine.recordOutcome(clock.now(), CallStatus::Unknown, QStringLiteral("INSUFFICIENT_CREDITS"));
    engine.recordOutcome(QDateTime(), CallStatus::Failed);
    engine.update();
    QCOMPARE(engine.failureRateSamples(), 0);
    QCOMPARE(engine.level(AlertKind::InsufficientCredits), AlertLevel::Normal);
}

void TestAlertRules::disabledRuleNeverRaises_data()
{
    QTest::addColumn<AlertKind>("kind");
    for (const AlertKind kind : allAlertKinds)
        QTest::newRow(qPrintable(alertKindTitle(kind))) << kind;
}

void TestAlertRules::disabledRuleNeverRaises()
{
    QFETCH(AlertKind, kind);

    ManualClock clock;
    AlertEngine engine(clock);
    AlertRuleConfig config = AlertRuleConfig::defaults(kind);
    config.enabled = false;
    engine.setConfig(kind, config);
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);

    recordCalls(engine, clock.now(), 0, 50);
    engine.recordOutcome(clock.now(), CallStatus::Failed, QStringLiteral("INSUFFICIENT_CREDITS"));
    engine.setScheduledBacklog(100'000);
    clock.advance(60 * minute); // no poll at all; outcomes still inside a 90 min window
    AlertRuleConfig wide = engine.config(AlertKind::FailureRate);
    wide.windowMinutes = 90;
    if (kind != AlertKind::FailureRate)
        engine.setConfig(AlertKind::FailureRate, wide);
    AlertRuleConfig wideCredits = engine.config(AlertKind::InsufficientCredits);
    wideCredits.windowMinutes = 90;
    if (kind != AlertKind::InsufficientCredits)
        engine.setConfig(AlertKind::InsufficientCredits, wideCredits);
    engine.update();

    QCOMPARE(engine.level(kind), AlertLevel::Normal);
    QVERIFY(!engine.isAcknowledged(kind));
    for (int i = 0; i < raised.count(); ++i)
        QVERIFY(raised.at(i).at(0).value<AlertKind>() != kind);
    QCOMPARE(raised.count(), alertKindCount - 1); // every other rule did fire
}

void TestAlertRules::disablingAnActiveRuleClearsIt()
{
    ManualClock clock;
    AlertEngine engine(clock);
    onlyRule(engine, AlertKind::ScheduledBacklog, plain(200, 1000));
    engine.setScheduledBacklog(500);
    engine.update();
    QVERIFY(engine.holdsRotation());
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);

    AlertRuleConfig off = engine.config(AlertKind::ScheduledBacklog);
    off.enabled = false;
    engine.setConfig(AlertKind::ScheduledBacklog, off);
    engine.update();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!engine.holdsRotation());
}

void TestAlertRules::pollingDownByElapsedTime_data()
{
    QTest::addColumn<bool>("everPolled");
    QTest::addColumn<int>("elapsedSeconds");
    QTest::addColumn<AlertLevel>("expected");

    QTest::newRow("fresh") << true << 5 << AlertLevel::Normal;
    QTest::newRow("60 s") << true << 60 << AlertLevel::Normal;
    QTest::newRow("61 s") << true << 61 << AlertLevel::Warning;
    QTest::newRow("300 s") << true << 300 << AlertLevel::Warning;
    QTest::newRow("301 s") << true << 301 << AlertLevel::Critical;
    QTest::newRow("never, 30 s after start") << false << 30 << AlertLevel::Normal;
    QTest::newRow("never, 90 s after start") << false << 90 << AlertLevel::Warning;
    QTest::newRow("never, 1 h after start") << false << 3600 << AlertLevel::Critical;
}

void TestAlertRules::pollingDownByElapsedTime()
{
    QFETCH(bool, everPolled);
    QFETCH(int, elapsedSeconds);
    QFETCH(AlertLevel, expected);

    ManualClock clock;
    AlertEngine engine(clock);
    onlyRule(engine, AlertKind::PollingDown, AlertRuleConfig::defaults(AlertKind::PollingDown));
    clock.advance(10 * minute);
    if (everPolled)
        engine.recordPollSuccess(clock.now());
    else
        clock.set(clock.now().addSecs(-10 * 60)); // measured from construction
    clock.advance(elapsedSeconds * second);
    engine.update();
    QCOMPARE(engine.level(AlertKind::PollingDown), expected);
    QCOMPARE(engine.value(AlertKind::PollingDown), double(elapsedSeconds));
}

void TestAlertRules::pollingRecovers()
{
    ManualClock clock;
    AlertEngine engine(clock);
    onlyRule(engine, AlertKind::PollingDown, AlertRuleConfig::defaults(AlertKind::PollingDown));
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);

    engine.recordPollSuccess(clock.now());
    for (int i = 0; i < 400; i += 10) { // a 1 s tick would do the same
        clock.advance(10 * second);
        engine.update();
    }
    QCOMPARE(raised.count(), 2);
    QCOMPARE(raisedLevel(raised, 0), AlertLevel::Warning);
    QCOMPARE(raisedLevel(raised, 1), AlertLevel::Critical);

    engine.recordPollSuccess(clock.now().addSecs(-1));
    engine.recordPollSuccess(clock.now().addSecs(-100)); // an older, late report changes nothing
    engine.update();
    QCOMPARE(engine.level(AlertKind::PollingDown), AlertLevel::Normal);
    QCOMPARE(engine.value(AlertKind::PollingDown), 1.0);
    QCOMPARE(cleared.count(), 1);
}

void TestAlertRules::pollingNotExpectedStaysNormal()
{
    ManualClock clock;
    AlertEngine engine(clock);
    onlyRule(engine, AlertKind::PollingDown, AlertRuleConfig::defaults(AlertKind::PollingDown));
    engine.setPollingExpected(false);
    clock.advance(60 * minute);
    engine.update();
    QCOMPARE(engine.level(AlertKind::PollingDown), AlertLevel::Normal);

    engine.setPollingExpected(true); // measured from now, not from the last (ancient) poll
    clock.advance(30 * second);
    engine.update();
    QCOMPARE(engine.level(AlertKind::PollingDown), AlertLevel::Normal);
    clock.advance(31 * second);
    engine.update();
    QCOMPARE(engine.level(AlertKind::PollingDown), AlertLevel::Warning);
}

void TestAlertRules::describe_data()
{
    QTest::addColumn<AlertKind>("kind");
    QTest::addColumn<int>("amount");
    QTest::addColumn<QString>("expected");

    QTest::newRow("rate critical") << AlertKind::FailureRate << 23
                                   << QStringLiteral(
                                          "Failure rate 23 % over the last 15 min (critical above 20 %)");
    QTest::newRow("rate warning") << AlertKind::FailureRate << 12
                                  << QStringLiteral("Failure rate 12 % over the last 15 min "
                                                    "(warning above 10 %, critical above 20 %)");
    QTest::newRow("rate normal") << AlertKind::FailureRate << 0
                                 << QStringLiteral(
                                        "Failure rate 0 % over the last 15 min (warning above 10 %)");
    QTest::newRow("rate too few") << AlertKind::FailureRate << -1
                                  << QStringLiteral("Failure rate not judged: 1 ended call(s) over the last "
                                                    "15 min, 10 needed");
    QTest::newRow("credits") << AlertKind::InsufficientCredits << 2
                             << QStringLiteral(
                                    "2 call(s) failed with INSUFFICIENT_CREDITS in the last 15 min");
    QTest::newRow("no credits issue") << AlertKind::InsufficientCredits << 0
                                      << QStringLiteral("No INSUFFICIENT_CREDITS in the last 15 min");
    QTest::newRow("backlog") << AlertKind::ScheduledBacklog << 412
                             << QStringLiteral("Scheduled backlog 412 call(s) (warning above 200 calls, "
                                               "critical above 1000 calls)");
    QTest::newRow("polling down") << AlertKind::PollingDown << 95
                                  << QStringLiteral("No successful poll for 95 s (warning above 60 s, "
                                                    "critical above 300 s)");
    QTest::newRow("polling ok") << AlertKind::PollingDown << 3
                                << QStringLiteral("Polling OK, last answer 3 s ago");
}

void TestAlertRules::describe()
{
    QFETCH(AlertKind, kind);
    QFETCH(int, amount);
    QFETCH(QString, expected);

    ManualClock clock;
    AlertEngine engine(clock);
    switch (kind) {
    case AlertKind::FailureRate:
        if (amount < 0)
            recordCalls(engine, clock.now(), 1, 0);
        else
            recordCalls(engine, clock.now(), 100 - amount, amount);
        break;
    case AlertKind::InsufficientCredits:
        for (int i = 0; i < amount; ++i)
            engine.recordOutcome(clock.now(), CallStatus::Failed, QStringLiteral("INSUFFICIENT_CREDITS"));
        break;
    case AlertKind::ScheduledBacklog:
        engine.setScheduledBacklog(amount);
        break;
    case AlertKind::PollingDown:
        engine.recordPollSuccess(clock.now());
        clock.advance(amount * second + 400);
        break;
    }
    engine.update();
    QCOMPARE(engine.describe(kind), expected);

    AlertRuleConfig off = engine.config(kind);
    off.enabled = false;
    engine.setConfig(kind, off);
    QVERIFY(engine.describe(kind).endsWith(QLatin1String("off")));
}

QTEST_GUILESS_MAIN(TestAlertRules)
void TestAlertRules::describeWhileEasing()
{
    // A level held by hysteresis or the hold time says the value is back down, never "5 % (warning above
    // 10 %)" while the tile is still highlighted.
    ManualClock clock;
    AlertEngine engine(clock);
    engine.setScheduledBacklog(450);
    engine.update();
    QCOMPARE(engine.level(AlertKind::ScheduledBacklog), AlertLevel::Warning);
    engine.setScheduledBacklog(150); // under 200, but the warning is held for at least a minute
    engine.update();
    QCOMPARE(engine.level(AlertKind::ScheduledBacklog), AlertLevel::Warning);
    QCOMPARE(
        engine.describe(AlertKind::ScheduledBacklog),
        QStringLiteral("Scheduled backlog 150 call(s) (back under 200 calls, clearing once it stays there)"));
    clock.advance(120 * second);
    engine.update();
    QCOMPARE(engine.level(AlertKind::ScheduledBacklog), AlertLevel::Normal);
    QCOMPARE(engine.describe(AlertKind::ScheduledBacklog),
             QStringLiteral("Scheduled backlog 150 call(s) (warning above 200 calls)"));

    // The same for the failure rate, from critical.
    recordCalls(engine, clock.now(), 70, 30);
    engine.update();
    QCOMPARE(engine.level(AlertKind::FailureRate), AlertLevel::Critical);
    recordCalls(engine, clock.now(), 200, 0); // 30 of 300 failed: 10 %
    engine.update();
    QCOMPARE(engine.level(AlertKind::FailureRate), AlertLevel::Critical);
    QVERIFY2(engine.describe(AlertKind::FailureRate).contains(QStringLiteral("back under 20 %")),
             qPrintable(engine.describe(AlertKind::FailureRate)));
}

#include "tst_alertrules.moc"
