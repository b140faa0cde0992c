#pragma once

#include "callstatus.h"
#include "clock.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <array>

namespace cw {

// Severity of one alert. Ordered: a higher value is worse.
enum class AlertLevel : quint8
{
    Normal = 0,
    Warning,
    Critical,
};

enum class AlertKind : quint8
{
    FailureRate,         // % of ended calls that FAILED in the last windowMinutes
    InsufficientCredits, // calls that ended with INSUFFICIENT_CREDITS in the last windowMinutes
    ScheduledBacklog,    // calls currently SCHEDULED
    PollingDown,         // seconds since the last successful poll
};

inline constexpr int alertKindCount = 4;
inline constexpr std::array<AlertKind, alertKindCount> allAlertKinds = {
    AlertKind::FailureRate, AlertKind::InsufficientCredits, AlertKind::ScheduledBacklog,
    AlertKind::PollingDown};

// Short translated tile title: "Failure rate", "Insufficient credits", "Scheduled backlog", "Polling".
QString alertKindTitle(AlertKind kind);

// One rule. Every threshold means "above": a level is entered when the measured value is strictly greater
// than its threshold (failure rate in %, credits in calls, backlog in calls, polling in seconds).
//
// Hysteresis: once at a level, the level only drops when BOTH
//  - the value is no longer above (threshold - hysteresis), and
//  - the level has been held for at least minimumHoldSeconds.
// Set either to 0 to rely on the other alone. Rises are never delayed.
struct AlertRuleConfig
{
    bool enabled = true;
    double warningThreshold = 0;
    double criticalThreshold = 0; // if <= warningThreshold, the rule goes straight to critical
    double hysteresis = 0;
    qint64 minimumHoldSeconds = 0;
    int windowMinutes = 15; // FailureRate and InsufficientCredits only
    int minimumSamples = 0; // FailureRate only: fewer ended calls in the window count as "no alert"
    bool countMissedAsFailure = false; // FailureRate only, see AlertEngine

    // Defaults: failure rate 10 % / 20 % over 15 min, margin 2 %, at least 10 ended calls;
    // any INSUFFICIENT_CREDITS in 15 min is critical; backlog 200 / 1000, margin 20;
    // polling down for more than 60 s / 300 s.
    static AlertRuleConfig defaults(AlertKind kind);
    friend bool operator==(const AlertRuleConfig &, const AlertRuleConfig &) = default;
};

// Pure-logic alert rules for the wallboard: no widgets, no timers, time from the injected Clock.
//
// Feed it facts as they happen, then call update() (after feeding, and periodically, e.g. every second, so
// time-based changes - the sliding window emptying, polling going quiet - are noticed):
//  - recordOutcome(): a call ended. Kept in a sliding window (pruned as the clock advances).
//    Failure rate = FAILED / (COMPLETED + MISSED + FAILED) in the window, in %. MISSED is a no-answer or
//    busy callee, i.e. about the audience rather than the system, so it counts as "ended" but not as
//    "failed" unless countMissedAsFailure is set. Below minimumSamples ended calls the rate is not
//    meaningful and the rule behaves as if it were 0 % (one failure out of one call is not 100 %).
//  - setScheduledBacklog(): the current number of SCHEDULED calls.
//  - recordPollSuccess(): a poll answered. Polling down measures from the last success, or, before the
//    first one, from construction / setPollingExpected(true). While polling is not expected (nothing to
//    poll, signed out) the rule stays Normal.
//
// Episodes and acknowledge: an episode runs from leaving Normal until returning to Normal. acknowledge()
// silences the episode up to its current level: it stays silenced while the level stays or drops, but a
// rise above the acknowledged level (warning -> critical) and any new episode need a new acknowledge.
// The level itself stays visible whether acknowledged or not.
//
// Signals: alertRaised() once for every rise (Normal -> Warning, Normal -> Critical, Warning -> Critical),
// never again while the level stays; alertCleared() on returning to Normal; changed() after any change of a
// level or acknowledgement, or of the measured value of an enabled rule (so describe() text is current; the
// polling age changes with every update() while polling is expected).
class AlertEngine : public QObject
{
    Q_OBJECT

public:
    explicit AlertEngine(const Clock &clock = Clock::system(), QObject *parent = nullptr);

    AlertRuleConfig config(AlertKind kind) const;
    // Takes effect at the next update(). A disabled rule goes back to Normal there (alertCleared if it was
    // up).
    void setConfig(AlertKind kind, const AlertRuleConfig &config);

    // A call ended (only COMPLETED, MISSED and FAILED are kept). With a callId, a later outcome of the same
    // call replaces the earlier one (re-dialed calls, repeated reports) instead of counting twice.
    void recordOutcome(const QDateTime &endedAt, CallStatus status, const QString &errorCode = {},
                       const QString &callId = {});
    void setScheduledBacklog(int scheduledCalls);
    void recordPollSuccess(const QDateTime &at);
    void setPollingExpected(bool expected);
    bool isPollingExpected() const { return m_pollingExpected; }
    void clearOutcomes();

    // Evaluates every rule at clock.now() and emits the signals.
    void update();

    AlertLevel level(AlertKind kind) const;
    AlertLevel highestLevel() const;
    // The measured value at the last update(): %, calls, calls, seconds.
    double value(AlertKind kind) const;
    // Ended calls in the failure-rate window at the last update().
    int failureRateSamples() const { return m_samples; }
    // True while the current episode is acknowledged at (or above) its current level. False when Normal.
    bool isAcknowledged(AlertKind kind) const;
    // No-op when the kind is Normal.
    void acknowledge(AlertKind kind);
    void acknowledgeAll();
    // Any unacknowledged alert at Warning or above: the wallboard keeps showing its page.
    bool holdsRotation() const;

    // Human, translated: "Failure rate 23 % over the last 15 min (critical above 20 %)".
    QString describe(AlertKind kind) const;

Q_SIGNALS:
    void alertRaised(cw::AlertKind kind, cw::AlertLevel level);
    void alertCleared(cw::AlertKind kind);
    void changed();

private:
    struct Outcome
    {
        QDateTime at;
        CallStatus status = CallStatus::Unknown;
        bool insufficientCredits = false;
        QString callId;
    };
    struct RuleState
    {
        AlertRuleConfig config;
        AlertLevel level = AlertLevel::Normal;
        AlertLevel acknowledgedLevel = AlertLevel::Normal; // Normal: not acknowledged
        QDateTime levelSince;
        double value = 0;
    };

    RuleState &state(AlertKind kind) { return m_rules[static_cast<int>(kind)]; }
    const RuleState &state(AlertKind kind) const { return m_rules[static_cast<int>(kind)]; }
    void pruneOutcomes(const QDateTime &now);
    void measure(const QDateTime &now);
    static AlertLevel nextLevel(const RuleState &rule, const QDateTime &now);

    const Clock &m_clock;
    std::array<RuleState, alertKindCount> m_rules;
    QList<Outcome> m_outcomes;
    int m_samples = 0;
    int m_backlog = 0;
    QDateTime m_lastPollSuccess;
    QDateTime m_pollingSince;
    bool m_pollingExpected = true;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::AlertLevel)
Q_DECLARE_METATYPE(cw::AlertKind)
