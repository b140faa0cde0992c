#include "pollscheduler.h"

#include <algorithm>

namespace cw {

PollScheduler::PollScheduler(const Clock &clock, quint32 seed)
    : m_clock(clock)
    , m_random(seed ? seed : QRandomGenerator::global()->generate())
{
    m_tokens = m_settings.ratePerSecond;
    m_tokensAtMs = nowMs();
    m_lastNowMs = m_tokensAtMs;
}

qint64 PollScheduler::followClock()
{
    const qint64 now = nowMs();
    if (now >= m_lastNowMs) {
        m_lastNowMs = now;
        return now;
    }
    const qint64 back = m_lastNowMs - now;
    m_lastNowMs = now;
    const auto shift = [back](qint64 &ms) {
        if (ms >= 0)
            ms -= back;
    };
    std::multimap<qint64, Key> queue;
    for (auto [due, key] : m_queue)
        queue.emplace(due - back, key);
    m_queue = std::move(queue);
    for (Target &target : m_targets) {
        shift(target.dueMs);
        shift(target.lastSuccessMs);
        target.addedMs -= back;
    }
    shift(m_hostBackoffUntilMs);
    if (m_pausedUntil.isValid())
        m_pausedUntil = m_pausedUntil.addMSecs(-back);
    m_tokensAtMs = now;
    return now;
}

void PollScheduler::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_settings.maxInFlight = qMax(1, settings.maxInFlight);
    m_settings.ratePerSecond = qMax(0.01, settings.ratePerSecond);
    m_settings.webhookCadenceFactor = qMax(1.0, settings.webhookCadenceFactor);
    m_tokens = qMin(m_tokens, m_settings.ratePerSecond);
}

PollScheduler::Key PollScheduler::keyOf(PollRequest::Kind kind, const QString &id)
{
    switch (kind) {
    case PollRequest::Kind::Call:
    case PollRequest::Kind::CallPersistent:
        return QLatin1Char('C') + id;
    case PollRequest::Kind::BatchCalls:
        return QLatin1Char('B') + id;
    case PollRequest::Kind::BatchStatistics:
        return QLatin1Char('S') + id;
    }
    return id;
}

qint64 PollScheduler::backoffDelayMs(int failures, qint64 baseMs, qint64 capMs, QRandomGenerator &random)
{
    const int exponent = qBound(0, failures - 1, 40);
    const qint64 ceiling = exponent >= 40 ? capMs : qMin(capMs, baseMs << exponent);
    // Full jitter: anywhere between nothing and the ceiling, so many clients never retry in step.
    return qint64(random.bounded(double(ceiling) + 1.0));
}

void PollScheduler::schedule(Target &target, qint64 dueMs)
{
    unschedule(target);
    target.dueMs = dueMs;
    m_queue.emplace(dueMs, keyOf(target.request.kind, target.request.id));
}

void PollScheduler::unschedule(Target &target)
{
    if (target.dueMs < 0)
        return;
    const Key key = keyOf(target.request.kind, target.request.id);
    auto [first, last] = m_queue.equal_range(target.dueMs);
    for (auto it = first; it != last; ++it) {
        if (it->second == key) {
            m_queue.erase(it);
            break;
        }
    }
    target.dueMs = -1;
}

qint64 PollScheduler::relieved(qint64 cadenceMs) const
{
    return m_webhooksActive ? qint64(double(cadenceMs) * m_settings.webhookCadenceFactor) : cadenceMs;
}

qint64 PollScheduler::callCadence(const CallState &state) const
{
    return state.status == CallStatus::Ongoing ? relieved(m_settings.ongoingMs) : m_settings.scheduledMs;
}

qint64 PollScheduler::batchCadence() const
{
    return relieved(m_settings.batchMs);
}

void PollScheduler::setWebhooksActive(bool active)
{
    if (active == m_webhooksActive)
        return;
    m_webhooksActive = active;
    if (active)
        return; // stretched from each target's next answer on
    const qint64 now = followClock();
    for (Target &target : m_targets) {
        if (target.dueMs < 0 || target.inFlight || target.failures > 0)
            continue;
        qint64 cadence = -1;
        if (target.request.kind == PollRequest::Kind::Call && target.state.status == CallStatus::Ongoing)
            cadence = m_settings.ongoingMs;
        else if (target.request.kind == PollRequest::Kind::BatchCalls && !target.allEnded)
            cadence = m_settings.batchMs;
        if (cadence < 0)
            continue;
        const qint64 since = target.lastSuccessMs >= 0 ? target.lastSuccessMs : target.addedMs;
        const qint64 due = qMax(now, since + cadence);
        if (due < target.dueMs)
            schedule(target, due);
    }
}

bool PollScheduler::addCall(const QString &callId)
{
    if (callId.isEmpty() || m_calls.contains(callId))
        return false;
    m_calls.insert(callId);
    Target target;
    target.request = {PollRequest::Kind::Call, callId};
    target.addedMs = followClock();
    Target &stored = m_targets[keyOf(PollRequest::Kind::Call, callId)] = target;
    if (!m_memberOf.contains(callId))
        schedule(stored, target.addedMs);
    return true;
}

void PollScheduler::restoreCall(const QString &callId, const CallState &state, bool notFound)
{
    addCall(callId);
    Target *target = find({PollRequest::Kind::Call, callId});
    if (!target)
        return;
    target->state = state;
    target->notFound = notFound;
    if (notFound || isTerminal(state.status))
        unschedule(*target);
}

void PollScheduler::removeCall(const QString &callId)
{
    if (!m_calls.remove(callId))
        return;
    const Key key = keyOf(PollRequest::Kind::Call, callId);
    auto it = m_targets.find(key);
    if (it != m_targets.end()) {
        unschedule(*it);
        if (it->inFlight)
            --m_inFlight; // its answer will be ignored
        m_targets.erase(it);
    }
}

bool PollScheduler::addBatch(const QString &batchId, std::optional<qint64> busyDelayMs,
                             std::optional<qint64> noAnswerDelayMs)
{
    if (batchId.isEmpty() || m_batches.contains(batchId))
        return false;
    m_batches.insert(batchId);
    const qint64 now = followClock();
    Target calls;
    calls.request = {PollRequest::Kind::BatchCalls, batchId};
    calls.addedMs = now;
    calls.busyDelayMs = busyDelayMs;
    calls.noAnswerDelayMs = noAnswerDelayMs;
    schedule(m_targets[keyOf(PollRequest::Kind::BatchCalls, batchId)] = calls, now);
    Target statistics;
    statistics.request = {PollRequest::Kind::BatchStatistics, batchId};
    statistics.addedMs = now;
    schedule(m_targets[keyOf(PollRequest::Kind::BatchStatistics, batchId)] = statistics, now);
    return true;
}

PollScheduler::Target *PollScheduler::find(const PollRequest &request)
{
    auto it = m_targets.find(keyOf(request.kind, request.id));
    return it == m_targets.end() ? nullptr : &*it;
}

void PollScheduler::refillTokens(qint64 now)
{
    if (now > m_tokensAtMs) {
        m_tokens = qMin(m_settings.ratePerSecond,
                        m_tokens + (now - m_tokensAtMs) * m_settings.ratePerSecond / 1000.0);
        m_tokensAtMs = now;
    }
}

QList<PollRequest> PollScheduler::takeDue()
{
    QList<PollRequest> out;
    const qint64 now = followClock();
    if (m_paused || m_authStopped)
        return out;
    if (m_pausedUntil.isValid()) {
        if (now < m_pausedUntil.toMSecsSinceEpoch())
            return out;
        m_pausedUntil = {};
    }
    if (now < m_hostBackoffUntilMs)
        return out;
    refillTokens(now);
    while (!m_queue.empty() && m_inFlight < m_settings.maxInFlight && m_tokens >= 1.0) {
        auto head = m_queue.begin();
        if (head->first > now)
            break;
        const Key key = head->second;
        m_queue.erase(head);
        auto it = m_targets.find(key);
        if (it == m_targets.end())
            continue;
        Target &target = *it;
        target.dueMs = -1;
        target.inFlight = true;
        ++m_inFlight;
        m_tokens -= 1.0;
        PollRequest request = target.request;
        // A call that has been ONGOING for longer than any call should last is re-verified once through
        // the persistent endpoint, which does not depend on the live cache.
        if (request.kind == PollRequest::Kind::Call && isPossiblyStuck(request.id) && !target.stuckVerified)
            request.kind = PollRequest::Kind::CallPersistent;
        out.append(request);
    }
    return out;
}

QDateTime PollScheduler::nextWake() const
{
    if (m_paused || m_authStopped || m_queue.empty())
        return {};
    qint64 wake = m_queue.begin()->first;
    if (m_pausedUntil.isValid())
        wake = qMax(wake, m_pausedUntil.toMSecsSinceEpoch());
    wake = qMax(wake, m_hostBackoffUntilMs);
    if (m_tokens < 1.0)
        wake = qMax(wake, m_tokensAtMs + qint64((1.0 - m_tokens) * 1000.0 / m_settings.ratePerSecond) + 1);
    return QDateTime::fromMSecsSinceEpoch(wake, QTimeZone::utc());
}

void PollScheduler::finished(const PollRequest &request, const Outcome &outcome)
{
    Target *target = find(request);
    if (!target || !target->inFlight)
        return; // untracked meanwhile
    target->inFlight = false;
    --m_inFlight;
    const qint64 now = followClock();
    const ApiError &error = outcome.error;

    if (!error.isError()) {
        m_hostFailures = 0;
        m_hostBackoffUntilMs = -1;
        target->failures = 0;
        target->lastSuccessMs = now;
        if (request.kind == PollRequest::Kind::CallPersistent)
            target->stuckVerified = true;
        switch (request.kind) {
        case PollRequest::Kind::Call:
        case PollRequest::Kind::CallPersistent:
            afterCallSuccess(*target, outcome.call, now);
            break;
        case PollRequest::Kind::BatchCalls:
            afterBatchSuccess(*target, outcome, now);
            break;
        case PollRequest::Kind::BatchStatistics:
            target->finished = outcome.batchFinished;
            if (!target->finished)
                schedule(*target, now + m_settings.batchStatisticsMs);
            break;
        }
        return;
    }

    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::MissingApiKey:
    case ApiError::Kind::InsecureUrl:
        // Nothing will work until the key (or URL) changes: stop everything, keep the queue.
        m_authStopped = true;
        schedule(*target, now);
        return;
    case ApiError::Kind::Cancelled:
        schedule(*target, now);
        return;
    case ApiError::Kind::NotFound:
    case ApiError::Kind::BadRequest:
        if (request.kind == PollRequest::Kind::Call || request.kind == PollRequest::Kind::CallPersistent) {
            target->notFound = true; // both endpoints said 404 (the client asks both)
            return;
        }
        break; // a batch that is not (yet) known: back off like any other failure
    default:
        break;
    }
    // Transient (network, timeout, 5xx, 429, malformed, 402...): back off this target...
    ++target->failures;
    // ...and, when nothing at all gets through, the whole host.
    if (error.isTransient() && ++m_hostFailures >= m_settings.hostFailureThreshold) {
        const int level = m_hostFailures - m_settings.hostFailureThreshold + 1;
        m_hostBackoffUntilMs =
            qMax(m_hostBackoffUntilMs,
                 now + backoffDelayMs(level, m_settings.backoffBaseMs, m_settings.backoffCapMs, m_random));
    }
    schedule(*target, now + backoffDelayMs(target->failures, m_settings.backoffBaseMs,
                                           m_settings.backoffCapMs, m_random));
    if (error.retryAfterSeconds >= 0 && (error.httpStatus == 429 || error.httpStatus == 503)) {
        const QDateTime until =
            QDateTime::fromMSecsSinceEpoch(now + qint64(error.retryAfterSeconds) * 1000, QTimeZone::utc());
        if (!m_pausedUntil.isValid() || until > m_pausedUntil)
            m_pausedUntil = until;
    }
}

void PollScheduler::afterCallSuccess(Target &target, const CallState &state, qint64 now)
{
    const bool wasStuck = isPossiblyStuck(target.request.id);
    target.state = state;
    target.notFound = false;
    if (!wasStuck || state.status != CallStatus::Ongoing)
        target.stuckVerified = false;
    if (isTerminal(state.status) || m_memberOf.contains(target.request.id)) {
        unschedule(target); // ended: never polled again (batch members: the batch covers them)
        return;
    }
    schedule(target, now + callCadence(state));
}

void PollScheduler::afterBatchSuccess(Target &target, const Outcome &outcome, qint64 now)
{
    const QString batchId = target.request.id;
    // When Dialgen would dial an ended call again (-1: it won't): BUSY after the batch's busyDelay,
    // NO_ANSWER after its noAnswerDelay, counted from the end of the attempt.
    const auto retryAt = [&](const CallState &state) -> qint64 {
        if (state.status != CallStatus::Missed && state.status != CallStatus::Failed)
            return -1;
        qint64 delay = -1;
        if (state.errorCode == QLatin1String("BUSY"))
            delay = target.busyDelayMs.value_or(m_settings.busyDelayMs);
        else if (state.errorCode == QLatin1String("NO_ANSWER"))
            delay = target.noAnswerDelayMs.value_or(m_settings.noAnswerDelayMs);
        if (delay < 0)
            return -1;
        const qint64 endedMs = state.endedAt.isValid() ? state.endedAt.toMSecsSinceEpoch() : now;
        return endedMs + delay + m_settings.recheckMarginMs;
    };
    // One re-check per attempt: an attempt is the call plus its start time.
    const auto attemptKey = [](const QString &callId, const CallState &state) -> QString {
        return callId + QLatin1Char('@') +
               QString::number(state.startTime.isValid() ? state.startTime.toMSecsSinceEpoch() : 0);
    };

    bool allEnded = !outcome.members.isEmpty();
    qint64 recheckAt = -1;
    for (auto it = outcome.members.constBegin(); it != outcome.members.constEnd(); ++it) {
        target.members.insert(it.key());
        m_memberOf.insert(it.key(), batchId);
        if (Target *single = find({PollRequest::Kind::Call, it.key()})) {
            // A call tracked on its own as well: the batch covers it from now on.
            single->state = it.value();
            single->lastSuccessMs = now;
            unschedule(*single);
        }
        if (!isTerminal(it->status)) {
            allEnded = false;
            continue;
        }
        const qint64 at = retryAt(*it);
        if (at > now && !target.recheckDone.contains(attemptKey(it.key(), *it)))
            recheckAt = recheckAt < 0 ? at : qMin(recheckAt, at);
    }
    target.allEnded = allEnded;
    if (!allEnded) {
        schedule(target, now + batchCadence());
        return;
    }
    if (recheckAt < 0) {
        unschedule(target); // every call has ended and none will be dialled again
        return;
    }
    // Sleep until the earliest moment a retry could show, then look once; every attempt whose retry
    // moment has come by then counts as re-checked.
    for (auto it = outcome.members.constBegin(); it != outcome.members.constEnd(); ++it) {
        const qint64 at = retryAt(*it);
        if (at > now && at <= recheckAt)
            target.recheckDone.insert(attemptKey(it.key(), *it));
    }
    schedule(target, recheckAt);
}

QDateTime PollScheduler::pausedUntil() const
{
    qint64 until = m_pausedUntil.isValid() ? m_pausedUntil.toMSecsSinceEpoch() : -1;
    until = qMax(until, m_hostBackoffUntilMs);
    if (until < nowMs())
        return {};
    return QDateTime::fromMSecsSinceEpoch(until, QTimeZone::utc());
}

void PollScheduler::pause()
{
    m_paused = true;
}

void PollScheduler::resume()
{
    m_paused = false;
}

void PollScheduler::refresh(const QStringList &callIds)
{
    const qint64 now = followClock();
    m_authStopped = false;
    for (const QString &id : callIds) {
        if (const auto batch = m_memberOf.constFind(id); batch != m_memberOf.constEnd()) {
            if (Target *target = find({PollRequest::Kind::BatchCalls, *batch}); target && !target->inFlight)
                schedule(*target, now);
            continue;
        }
        if (Target *target = find({PollRequest::Kind::Call, id}); target && !target->inFlight) {
            target->notFound = false;
            target->failures = 0;
            schedule(*target, now);
        }
    }
}

void PollScheduler::refreshAll()
{
    const qint64 now = followClock();
    m_authStopped = false;
    m_pausedUntil = {};
    m_hostBackoffUntilMs = -1;
    m_hostFailures = 0;
    for (Target &target : m_targets) {
        if (target.inFlight)
            continue;
        if (target.request.kind != PollRequest::Kind::BatchStatistics &&
            m_memberOf.contains(target.request.id) && target.request.kind != PollRequest::Kind::BatchCalls)
            continue;
        target.notFound = false;
        target.failures = 0;
        schedule(target, now);
    }
}

bool PollScheduler::isNotFound(const QString &callId) const
{
    const auto it = m_targets.constFind(keyOf(PollRequest::Kind::Call, callId));
    return it != m_targets.constEnd() && it->notFound;
}

bool PollScheduler::isStale(const QString &callId) const
{
    const qint64 now = nowMs();
    if (const auto batch = m_memberOf.constFind(callId); batch != m_memberOf.constEnd()) {
        const auto it = m_targets.constFind(keyOf(PollRequest::Kind::BatchCalls, *batch));
        if (it == m_targets.constEnd() || it->allEnded)
            return false;
        const qint64 since = it->lastSuccessMs >= 0 ? it->lastSuccessMs : it->addedMs;
        return now - since > m_settings.staleAfterCadences * batchCadence();
    }
    const auto it = m_targets.constFind(keyOf(PollRequest::Kind::Call, callId));
    if (it == m_targets.constEnd() || it->notFound || isTerminal(it->state.status))
        return false;
    const qint64 since = it->lastSuccessMs >= 0 ? it->lastSuccessMs : it->addedMs;
    return now - since > m_settings.staleAfterCadences * callCadence(it->state);
}

bool PollScheduler::isPossiblyStuck(const QString &callId) const
{
    const auto it = m_targets.constFind(keyOf(PollRequest::Kind::Call, callId));
    if (it == m_targets.constEnd() || it->state.status != CallStatus::Ongoing ||
        !it->state.startTime.isValid())
        return false;
    return it->state.startTime.secsTo(m_clock.now()) > m_settings.maxCallDurationS;
}

QStringList PollScheduler::staleCalls() const
{
    QStringList out;
    for (const QString &id : m_calls) {
        if (isStale(id))
            out.append(id);
    }
    for (auto it = m_memberOf.constBegin(); it != m_memberOf.constEnd(); ++it) {
        if (!m_calls.contains(it.key()) && isStale(it.key()))
            out.append(it.key());
    }
    return out;
}

} // namespace cw
