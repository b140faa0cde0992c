#include "calltracker.h"

#include "calltablemodel.h"
#include "dialgenclient.h"
#include "lifecycle.h"

#include <QPointer>

#include <algorithm>

#include <cmath>

namespace cw {

CallTracker::CallTracker(DialgenClient *client, CallTableModel *model, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_clock(clock)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_timer.setInterval(m_settings.tickMs);
    connect(&m_timer, &QTimer::timeout, this, &CallTracker::poll);
}

CallTracker::~CallTracker()
{
    // Replies outlive us only until their network reply finishes; make sure they don't call back.
    for (auto *targets : {&m_calls, &m_batches}) {
        for (Target &target : *targets) {
            if (target.reply)
                target.reply->disconnect(this);
        }
    }
}

void CallTracker::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_timer.setInterval(qMax(10, settings.tickMs));
}

qint64 CallTracker::backoffDelayMs(int attempt, int baseMs, int capMs, QRandomGenerator &random)
{
    const int exponent = qBound(0, attempt - 1, 30);
    const qint64 ceiling = qMin<qint64>(capMs, qint64(baseMs) << exponent);
    return qint64(random.bounded(double(ceiling) + 1.0));
}

int CallTracker::trackCalls(const QStringList &callIds)
{
    int added = 0;
    const QDateTime now = m_clock.now();
    for (const QString &raw : callIds) {
        const QString id = raw.trimmed();
        if (id.isEmpty() || m_calls.contains(id))
            continue;
        Target target;
        target.id = id;
        target.due = now;
        m_calls.insert(id, target);
        m_model->addPlaceholder(id);
        ++added;
    }
    if (added)
        refreshHealthCounts();
    return added;
}

bool CallTracker::trackBatch(const QString &batchId)
{
    const QString id = batchId.trimmed();
    if (id.isEmpty() || m_batches.contains(id))
        return false;
    Target target;
    target.id = id;
    target.isBatch = true;
    target.due = m_clock.now();
    m_batches.insert(id, target);
    refreshHealthCounts();
    return true;
}

void CallTracker::untrackCalls(const QStringList &callIds)
{
    for (const QString &id : callIds) {
        const auto it = m_calls.find(id);
        if (it == m_calls.end())
            continue;
        if (it->reply)
            it->reply->abort();
        m_calls.erase(it);
    }
    m_model->removeCalls(callIds);
    refreshHealthCounts();
}

bool CallTracker::isNotFound(const QString &callId) const
{
    const auto it = m_calls.constFind(callId);
    return it != m_calls.constEnd() && it->notFound;
}

void CallTracker::setDiscoverBatches(bool discover)
{
    m_discover = discover;
    m_nextDiscovery = m_clock.now();
}

void CallTracker::start()
{
    m_health.running = true;
    m_timer.start();
    poll();
    Q_EMIT healthChanged();
}

void CallTracker::stop()
{
    m_timer.stop();
    m_health.running = false;
    Q_EMIT healthChanged();
}

void CallTracker::refreshAll()
{
    const QDateTime now = m_clock.now();
    m_health.authProblem = false;
    m_health.pausedUntil = {};
    for (auto *targets : {&m_calls, &m_batches}) {
        for (Target &target : *targets) {
            target.due = now;
            target.notFound = false;
            target.failures = 0;
        }
    }
    m_model->setNotFound(m_model->callIds(), false);
    m_nextDiscovery = now;
    poll();
}

void CallTracker::refreshCall(const QString &callId)
{
    const auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return;
    it->due = m_clock.now();
    it->notFound = false;
    m_model->setNotFound({callId}, false);
    poll();
}

qint64 CallTracker::cadenceFor(const Target &target) const
{
    if (target.isBatch)
        return m_settings.batchIntervalMs;
    const CallSnapshot *call = m_model->snapshot(target.id);
    if (call && call->status == CallStatus::Ongoing)
        return m_settings.ongoingIntervalMs;
    return m_settings.scheduledIntervalMs;
}

void CallTracker::poll()
{
    const QDateTime now = m_clock.now();
    if (++m_tickCount * m_settings.tickMs >= 1000) {
        m_tickCount = 0;
        m_model->tick();
    }
    if (!m_timer.isActive() || m_health.authProblem)
        return;
    if (m_health.pausedUntil.isValid() && now < m_health.pausedUntil)
        return;

    if (m_discover && !m_discoveryInFlight && now >= m_nextDiscovery && m_inFlight < m_settings.maxInFlight)
        discover();

    // Whoever has waited longest goes first, so a few fast-cadence targets can never starve the rest.
    // Batches win ties: one request covers many calls.
    QList<Target *> due;
    for (Target &target : m_batches) {
        if (!target.inFlight && now >= target.due)
            due.append(&target);
    }
    for (Target &target : m_calls) {
        if (target.inFlight || target.notFound || now < target.due)
            continue;
        if (m_batchMembers.contains(target.id))
            continue; // its batch's poll covers it
        const CallSnapshot *call = m_model->snapshot(target.id);
        if (call && call->isTerminal())
            continue; // ended calls are never polled again
        due.append(&target);
    }
    const qsizetype slots = qMin<qsizetype>(due.size(), m_settings.maxInFlight - m_inFlight);
    if (slots <= 0)
        return;
    const auto earlier = [](const Target *a, const Target *b) {
        if (a->due != b->due)
            return a->due < b->due;
        return a->isBatch && !b->isBatch;
    };
    std::partial_sort(due.begin(), due.begin() + slots, due.end(), earlier);
    for (qsizetype i = 0; i < slots; ++i)
        dispatch(*due.at(i));
}

void CallTracker::dispatch(Target &target)
{
    target.inFlight = true;
    ++m_inFlight;
    ApiReply *reply = target.isBatch ? m_client->fetchBatchCalls(target.id) : m_client->fetchCall(target.id);
    target.reply = reply;
    const bool isBatch = target.isBatch;
    const QString id = target.id;
    connect(reply, &ApiReply::finished, this,
            [this, reply, isBatch, id] { handleReply(reply, isBatch, id); });
    m_health.inFlight = m_inFlight;
}

void CallTracker::discover()
{
    m_discoveryInFlight = true;
    ++m_inFlight;
    ApiReply *reply = m_client->fetchBatchList();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        --m_inFlight;
        m_discoveryInFlight = false;
        m_nextDiscovery = m_clock.now().addMSecs(m_settings.batchDiscoveryIntervalMs);
        if (!reply->ok()) {
            recordError(reply->error(), nullptr);
            return;
        }
        ++m_health.requestsOk;
        m_health.lastSuccess = m_clock.now();
        for (const BatchSummary &batch : reply->batchList())
            trackBatch(batch.batchId);
        Q_EMIT healthChanged();
    });
}

void CallTracker::handleReply(ApiReply *reply, bool isBatch, const QString &id)
{
    --m_inFlight;
    m_health.inFlight = m_inFlight;
    auto &targets = isBatch ? m_batches : m_calls;
    const auto it = targets.find(id);
    if (it == targets.end())
        return; // untracked meanwhile
    Target &target = *it;
    target.inFlight = false;
    target.reply = nullptr;
    const QDateTime now = m_clock.now();

    if (reply->ok()) {
        target.failures = 0;
        ++m_health.requestsOk;
        m_health.lastSuccess = now;
        if (isBatch) {
            const BatchCalls &batch = reply->batchCalls();
            QList<CallSnapshot> calls = batch.calls;
            bool allEnded = !calls.isEmpty();
            for (CallSnapshot &call : calls) {
                if (call.batchId.isEmpty())
                    call.batchId = id;
                m_batchMembers.insert(call.callId);
                allEnded = allEnded && call.isTerminal();
            }
            applyBatch(calls);
            // A finished batch may still retry BUSY / NO_ANSWER calls later: keep looking, more slowly.
            target.due =
                now.addMSecs(allEnded ? qMax(60000, m_settings.batchIntervalMs) : cadenceFor(target));
        } else {
            CallSnapshot call = reply->call();
            if (call.callId.isEmpty())
                call.callId = id;
            apply(call);
            target.due = now.addMSecs(cadenceFor(target));
        }
        refreshHealthCounts();
        Q_EMIT healthChanged();
        return;
    }

    if (reply->error().kind == ApiError::Kind::Cancelled)
        return;
    recordError(reply->error(), &target);
}

void CallTracker::recordError(const ApiError &error, Target *target)
{
    const QDateTime now = m_clock.now();
    ++m_health.requestsFailed;
    m_health.lastError = error;
    m_health.lastErrorAt = now;

    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::MissingApiKey:
    case ApiError::Kind::InsecureUrl:
        // Asking again cannot help until the key or URL changes.
        m_health.authProblem = true;
        break;
    case ApiError::Kind::NotFound:
    case ApiError::Kind::BadRequest:
        if (target && !target->isBatch) {
            target->notFound = true;
            m_model->setNotFound({target->id}, true);
            Q_EMIT callNotFound(target->id);
        } else if (target) {
            target->due = now.addMSecs(m_settings.backoffCapMs);
        }
        break;
    default:
        if (target) {
            ++target->failures;
            target->due = now.addMSecs(backoffDelayMs(target->failures, m_settings.backoffBaseMs,
                                                      m_settings.backoffCapMs, m_random));
        }
        if (error.retryAfterSeconds >= 0)
            m_health.pausedUntil = now.addSecs(error.retryAfterSeconds);
        break;
    }
    refreshHealthCounts();
    Q_EMIT healthChanged();
}

CallSnapshot CallTracker::merged(const CallSnapshot &incoming, bool *changed) const
{
    *changed = true;
    const CallSnapshot *current = m_model->snapshot(incoming.callId);
    if (!current)
        return incoming;
    switch (decideUpdate(*current, incoming)) {
    case UpdateDecision::Stale:
        *changed = false;
        return *current;
    case UpdateDecision::NewAttempt: {
        // A new attempt starts afresh; who is being called does not change.
        CallSnapshot attempt = incoming;
        if (attempt.phoneNumber.isEmpty())
            attempt.phoneNumber = current->phoneNumber;
        if (attempt.contactId.isEmpty())
            attempt.contactId = current->contactId;
        if (attempt.contactName.isEmpty())
            attempt.contactName = current->contactName;
        if (attempt.batchId.isEmpty())
            attempt.batchId = current->batchId;
        return attempt;
    }
    case UpdateDecision::Accept:
        break;
    }
    CallSnapshot result = *current;
    result.mergeFrom(incoming);
    return result;
}

bool CallTracker::apply(const CallSnapshot &snapshot)
{
    bool changed = false;
    const CallSnapshot result = merged(snapshot, &changed);
    if (changed)
        m_model->upsert(result);
    return changed;
}

bool CallTracker::applyBatch(const QList<CallSnapshot> &snapshots)
{
    QList<CallSnapshot> updates;
    updates.reserve(snapshots.size());
    for (const CallSnapshot &snapshot : snapshots) {
        bool changed = false;
        CallSnapshot result = merged(snapshot, &changed);
        if (changed)
            updates.append(std::move(result));
    }
    return m_model->upsert(updates) > 0;
}

void CallTracker::refreshHealthCounts()
{
    m_health.trackedCalls = m_model->rowCount();
    m_health.trackedBatches = int(m_batches.size());
    m_health.activeCalls = m_model->count(CallStatus::Scheduled) + m_model->count(CallStatus::Ongoing) +
                           m_model->count(CallStatus::Unknown) - m_model->notFoundCount();
    m_health.inFlight = m_inFlight;
}

} // namespace cw
