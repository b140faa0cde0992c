#include "alertrules.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString rounded(double value)
{
    return QLocale().toString(qRound64(value));
}

double effectiveCritical(const AlertRuleConfig &config)
{
    return std::max(config.criticalThreshold, config.warningThreshold);
}

// The level the value is above, with every threshold lowered by margin.
AlertLevel levelAbove(const AlertRuleConfig &config, double value, double margin)
{
    if (value > effectiveCritical(config) - margin)
        return AlertLevel::Critical;
    if (value > config.warningThreshold - margin)
        return AlertLevel::Warning;
    return AlertLevel::Normal;
}

// "(critical above 20 %)": the threshold that matters at this level; quantity formats the number.
QString thresholdNote(const AlertRuleConfig &config, AlertLevel level, const QString &quantityFormat,
                      double value)
{
    // Held by hysteresis or the minimum hold time: say the value is back down, so "5 % (warning above
    // 10 %)" never reads as a contradiction on the wall.
    if (level != AlertLevel::Normal && levelAbove(config, value, 0) < level) {
        const double threshold =
            level == AlertLevel::Critical ? effectiveCritical(config) : config.warningThreshold;
        return QCoreApplication::translate("cw::AlertEngine", "back under %1, clearing once it stays there")
            .arg(quantityFormat.arg(number(threshold)));
    }
    const bool straightToCritical = config.criticalThreshold <= config.warningThreshold;
    if (level == AlertLevel::Critical || straightToCritical)
        return QCoreApplication::translate("cw::AlertEngine", "critical above %1")
            .arg(quantityFormat.arg(number(effectiveCritical(config))));
    if (level == AlertLevel::Warning)
        return QCoreApplication::translate("cw::AlertEngine", "warning above %1, critical above %2")
            .arg(quantityFormat.arg(number(config.warningThreshold)),
                 quantityFormat.arg(number(config.criticalThreshold)));
    return QCoreApplication::translate("cw::AlertEngine", "warning above %1")
        .arg(quantityFormat.arg(number(config.warningThreshold)));
}

} // namespace

QString alertKindTitle(AlertKind kind)
{
    switch (kind) {
    case AlertKind::FailureRate:
        //: Name of an alert rule: share of ended calls that failed (wallboard tile title, keep short)
        return QCoreApplication::translate("cw::AlertEngine", "Failure rate");
    case AlertKind::InsufficientCredits:
        //: Name of an alert rule: calls failing because the Dialgen account is out of credits (keep short)
        return QCoreApplication::translate("cw::AlertEngine", "Insufficient credits");
    case AlertKind::ScheduledBacklog:
        //: Name of an alert rule: how many calls wait to be dialled (keep short)
        return QCoreApplication::translate("cw::AlertEngine", "Scheduled backlog");
    case AlertKind::PollingDown:
        //: Name of an alert rule: whether CallWatch still gets answers from Dialgen (keep short)
        return QCoreApplication::translate("cw::AlertEngine", "Polling");
    }
    return {};
}

AlertRuleConfig AlertRuleConfig::defaults(AlertKind kind)
{
    AlertRuleConfig config;
    switch (kind) {
    case AlertKind::FailureRate:
        config.warningThreshold = 10;
        config.criticalThreshold = 20;
        config.hysteresis = 2;
        config.minimumHoldSeconds = 60;
        config.windowMinutes = 15;
        config.minimumSamples = 10;
        break;
    case AlertKind::InsufficientCredits:
        config.warningThreshold = 0;
        config.criticalThreshold = 0; // any is critical
        config.windowMinutes = 15;
        break;
    case AlertKind::ScheduledBacklog:
        config.warningThreshold = 200;
        config.criticalThreshold = 1000;
        config.hysteresis = 20;
        config.minimumHoldSeconds = 60;
        break;
    case AlertKind::PollingDown:
        config.warningThreshold = 60;
        config.criticalThreshold = 300;
        break;
    }
    return config;
}

AlertEngine::AlertEngine(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_pollingSince(clock.now())
{
    for (const AlertKind kind : allAlertKinds)
        state(kind).config = AlertRuleConfig::defaults(kind);
}

AlertRuleConfig AlertEngine::config(AlertKind kind) const
{
    return state(kind).config;
}

void AlertEngine::setConfig(AlertKind kind, const AlertRuleConfig &config)
{
    state(kind).config = config;
}

void AlertEngine::recordOutcome(const QDateTime &endedAt, CallStatus status, const QString &errorCode,
                                const QString &callId)
{
    if (!isTerminal(status) || !endedAt.isValid())
        return;
    if (!callId.isEmpty())
        m_outcomes.removeIf([&callId](const Outcome &outcome) { return outcome.callId == callId; });
    Outcome outcome;
    outcome.at = endedAt;
    outcome.status = status;
    outcome.insufficientCredits =
        errorCode.trimmed().compare(QLatin1String("INSUFFICIENT_CREDITS"), Qt::CaseInsensitive) == 0;
    outcome.callId = callId;
    m_outcomes.append(std::move(outcome));
}

void AlertEngine::setScheduledBacklog(int scheduledCalls)
{
    m_backlog = std::max(0, scheduledCalls);
}

void AlertEngine::recordPollSuccess(const QDateTime &at)
{
    if (at.isValid() && (!m_lastPollSuccess.isValid() || at > m_lastPollSuccess))
        m_lastPollSuccess = at;
}

void AlertEngine::setPollingExpected(bool expected)
{
    if (expected && !m_pollingExpected)
        m_pollingSince = m_clock.now();
    m_pollingExpected = expected;
}

void AlertEngine::clearOutcomes()
{
    m_outcomes.clear();
}

void AlertEngine::pruneOutcomes(const QDateTime &now)
{
    const int minutes = std::max(state(AlertKind::FailureRate).config.windowMinutes,
                                 state(AlertKind::InsufficientCredits).config.windowMinutes);
    const QDateTime cutoff = now.addSecs(-60LL * minutes);
    m_outcomes.removeIf([&cutoff](const Outcome &outcome) { return outcome.at <= cutoff; });
}

void AlertEngine::measure(const QDateTime &now)
{
    {
        RuleState &rule = state(AlertKind::FailureRate);
        const QDateTime cutoff = now.addSecs(-60LL * rule.config.windowMinutes);
        int ended = 0;
        int failed = 0;
        for (const Outcome &outcome : std::as_const(m_outcomes)) {
            if (outcome.at <= cutoff)
                continue;
            ++ended;
            if (outcome.status == CallStatus::Failed ||
                (rule.config.countMissedAsFailure && outcome.status == CallStatus::Missed))
                ++failed;
        }
        m_samples = ended;
        rule.value = ended > 0 ? 100.0 * failed / ended : 0.0;
    }
    {
        RuleState &rule = state(AlertKind::InsufficientCredits);
        const QDateTime cutoff = now.addSecs(-60LL * rule.config.windowMinutes);
        rule.value =
            double(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(), [&cutoff](const Outcome &o) {
                return o.insufficientCredits && o.at > cutoff;
            }));
    }
    state(AlertKind::ScheduledBacklog).value = m_backlog;
    {
        RuleState &rule = state(AlertKind::PollingDown);
        QDateTime since = m_pollingSince;
        if (m_lastPollSuccess.isValid() && m_lastPollSuccess > since)
            since = m_lastPollSuccess;
        rule.value = m_pollingExpected ? std::max<qint64>(0, since.msecsTo(now)) / 1000.0 : 0.0;
    }
}

AlertLevel AlertEngine::nextLevel(const RuleState &rule, const QDateTime &now)
{
    if (!rule.config.enabled)
        return AlertLevel::Normal;
    const AlertLevel raw = levelAbove(rule.config, rule.value, 0);
    if (raw >= rule.level)
        return raw;
    const AlertLevel sticky = levelAbove(rule.config, rule.value, std::max(0.0, rule.config.hysteresis));
    if (sticky >= rule.level)
        return rule.level;
    if (rule.levelSince.isValid() && rule.levelSince.msecsTo(now) < rule.config.minimumHoldSeconds * 1000)
        return rule.level;
    return sticky;
}

void AlertEngine::update()
{
    const QDateTime now = m_clock.now();
    pruneOutcomes(now);

    std::array<double, alertKindCount> before{};
    for (const AlertKind kind : allAlertKinds)
        before[static_cast<int>(kind)] = state(kind).value;

    measure(now);
    // The failure rate below the minimum sample size is judged as 0 %.
    RuleState &failureRate = state(AlertKind::FailureRate);
    const double measuredRate = failureRate.value;
    if (m_samples < failureRate.config.minimumSamples)
        failureRate.value = 0;

    struct Transition
    {
        AlertKind kind;
        AlertLevel from;
        AlertLevel to;
    };
    QList<Transition> transitions;
    bool anyChange = false;
    for (const AlertKind kind : allAlertKinds) {
        RuleState &rule = state(kind);
        const AlertLevel next = nextLevel(rule, now);
        if (next != rule.level) {
            transitions.append({kind, rule.level, next});
            rule.level = next;
            rule.levelSince = now;
            if (next == AlertLevel::Normal)
                rule.acknowledgedLevel = AlertLevel::Normal; // the episode is over
            anyChange = true;
        }
    }
    failureRate.value = measuredRate;
    for (const AlertKind kind : allAlertKinds) {
        if (state(kind).config.enabled &&
            !qFuzzyCompare(1.0 + before[static_cast<int>(kind)], 1.0 + state(kind).value))
            anyChange = true;
    }

    // Signals after all state is settled, so slots see a consistent engine.
    for (const Transition &transition : std::as_const(transitions)) {
        if (transition.to > transition.from)
            Q_EMIT alertRaised(transition.kind, transition.to);
        else if (transition.to == AlertLevel::Normal)
            Q_EMIT alertCleared(transition.kind);
    }
    if (anyChange)
        Q_EMIT changed();
}

AlertLevel AlertEngine::level(AlertKind kind) const
{
    return state(kind).level;
}

AlertLevel AlertEngine::highestLevel() const
{
    AlertLevel highest = AlertLevel::Normal;
    for (const RuleState &rule : m_rules)
        highest = std::max(highest, rule.level);
    return highest;
}

double AlertEngine::value(AlertKind kind) const
{
    return state(kind).value;
}

bool AlertEngine::isAcknowledged(AlertKind kind) const
{
    const RuleState &rule = state(kind);
    return rule.level != AlertLevel::Normal && rule.acknowledgedLevel >= rule.level;
}

void AlertEngine::acknowledge(AlertKind kind)
{
    RuleState &rule = state(kind);
    if (rule.level == AlertLevel::Normal || rule.acknowledgedLevel >= rule.level)
        return;
    rule.acknowledgedLevel = rule.level;
    Q_EMIT changed();
}

void AlertEngine::acknowledgeAll()
{
    bool any = false;
    for (RuleState &rule : m_rules) {
        if (rule.level != AlertLevel::Normal && rule.acknowledgedLevel < rule.level) {
            rule.acknowledgedLevel = rule.level;
            any = true;
        }
    }
    if (any)
        Q_EMIT changed();
}

bool AlertEngine::holdsRotation() const
{
    return std::any_of(allAlertKinds.cbegin(), allAlertKinds.cend(), [this](AlertKind kind) {
        return level(kind) != AlertLevel::Normal && !isAcknowledged(kind);
    });
}

QString AlertEngine::describe(AlertKind kind) const
{
    const RuleState &rule = state(kind);
    const AlertRuleConfig &config = rule.config;
    switch (kind) {
    case AlertKind::FailureRate: {
        if (!config.enabled)
            return QCoreApplication::translate("cw::AlertEngine", "Failure rate alert off");
        if (m_samples < config.minimumSamples)
            return QCoreApplication::translate(
                       "cw::AlertEngine",
                       "Failure rate not judged: %n ended call(s) over the last %1 min, %2 needed", nullptr,
                       m_samples)
                .arg(config.windowMinutes)
                .arg(config.minimumSamples);
        return QCoreApplication::translate("cw::AlertEngine", "Failure rate %1 % over the last %2 min (%3)")
            .arg(rounded(rule.value))
            .arg(config.windowMinutes)
            .arg(thresholdNote(config, rule.level, QCoreApplication::translate("cw::AlertEngine", "%1 %"),
                               rule.value));
    }
    case AlertKind::InsufficientCredits: {
        if (!config.enabled)
            return QCoreApplication::translate("cw::AlertEngine", "Insufficient credits alert off");
        const int count = qRound(rule.value);
        if (count == 0)
            return QCoreApplication::translate("cw::AlertEngine",
                                               "No INSUFFICIENT_CREDITS in the last %1 min")
                .arg(config.windowMinutes);
        return QCoreApplication::translate("cw::AlertEngine",
                                           "%n call(s) failed with INSUFFICIENT_CREDITS in the last %1 min",
                                           nullptr, count)
            .arg(config.windowMinutes);
    }
    case AlertKind::ScheduledBacklog: {
        if (!config.enabled)
            return QCoreApplication::translate("cw::AlertEngine", "Scheduled backlog alert off");
        return QCoreApplication::translate("cw::AlertEngine", "Scheduled backlog %n call(s) (%1)", nullptr,
                                           qRound(rule.value))
            .arg(thresholdNote(config, rule.level, QCoreApplication::translate("cw::AlertEngine", "%1 calls"),
                               rule.value));
    }
    case AlertKind::PollingDown: {
        if (!config.enabled)
            return QCoreApplication::translate("cw::AlertEngine", "Polling alert off");
        if (!m_pollingExpected)
            return QCoreApplication::translate("cw::AlertEngine", "Polling paused");
        const QString seconds = rounded(std::floor(rule.value));
        if (rule.level == AlertLevel::Normal) {
            if (!m_lastPollSuccess.isValid())
                return QCoreApplication::translate("cw::AlertEngine", "Waiting for the first poll (%1 s)")
                    .arg(seconds);
            return QCoreApplication::translate("cw::AlertEngine", "Polling OK, last answer %1 s ago")
                .arg(seconds);
        }
        const QString note = thresholdNote(
            config, rule.level, QCoreApplication::translate("cw::AlertEngine", "%1 s"), rule.value);
        if (!m_lastPollSuccess.isValid())
            return QCoreApplication::translate("cw::AlertEngine", "No successful poll yet after %1 s (%2)")
                .arg(seconds, note);
        return QCoreApplication::translate("cw::AlertEngine", "No successful poll for %1 s (%2)")
            .arg(seconds, note);
    }
    }
    return {};
}

} // namespace cw
