#include "calltracker.h"

#include "calltablemodel.h"
#include "dialgenclient.h"
#include "errorcodes.h"
#include "historystore.h"
#include "lifecycle.h"

#include <QJsonDocument>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace cw {

struct PendingWrites
{
    HistoryStore::WriteBatch batch;
    int snapshotRefreshes = 0; // unchanged snapshots rewritten only to refresh their received time
};

struct CallTracker::BackgroundRestore
{
    std::shared_ptr<HistoryStore::LoadedState> state; // null until the worker is done
    qsizetype next = 0;                               // the first call not applied yet
    QList<WebhookEvent> webhooks;                     // arrived meanwhile, applied at the end
    QThreadPool worker;
};

namespace {

// When a status change happened, as well as the payload tells: an ended call's end (endTime, else
// startTime + duration), an ONGOING call's start, else when it was seen. Never later than when it was seen
// (a clock running ahead at Dialgen cannot put history in the future), never before `notBefore` (when the
// previous status was seen, so a call's history stays in order). Without this, following a batch that
// finished hours ago would count all of it as ending "now".
QDateTime transitionTime(const CallSnapshot &call, const QDateTime &now, const QDateTime &notBefore = {})
{
    const QDateTime seen = call.receivedAt.isValid() ? call.receivedAt : now;
    QDateTime happened;
    if (call.isTerminal()) {
        if (call.endTime.isValid())
            happened = call.endTime;
        else if (call.startTime.isValid() && call.duration)
            happened = call.startTime.addSecs(*call.duration);
    } else if (call.status == CallStatus::Ongoing && call.startTime.isValid()) {
        happened = call.startTime;
    }
    if (!happened.isValid() || happened > seen)
        return seen;
    if (notBefore.isValid() && happened < notBefore)
        return std::min(notBefore, seen);
    return happened;
}

// Whether `a` and `b` store the same in the history's last snapshot of a call (snapshot_json and
// source): everything but the received time and the raw payload.
bool sameHistoryContent(const CallSnapshot &a, const CallSnapshot &b)
{
    return a.source == b.source && a.sameContent(b);
}

QString historySource(SnapshotSource source)
{
    switch (source) {
    case SnapshotSource::Webhook:
        return HistoryStore::SourceWebhook;
    case SnapshotSource::Metrics:
        return HistoryStore::SourceLookup;
    case SnapshotSource::LiveStatus:
    case SnapshotSource::PersistentStatus:
    case SnapshotSource::BatchStatus:
        break;
    }
    return HistoryStore::SourcePoll;
}

} // namespace

CallTracker::CallTracker(DialgenClient *client, CallTableModel *model, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_pending(std::make_unique<PendingWrites>())
    , m_client(client)
    , m_model(model)
    , m_clock(clock)
    , m_scheduler(clock)
{
    m_timer.setInterval(m_settings.tickMs);
    connect(&m_timer, &QTimer::timeout, this, &CallTracker::pump);
    m_timer.start(); // ticks durations and ages even while polling is paused
    m_scheduler.pause();
}

CallTracker::~CallTracker()
{
    if (m_backgroundRestore)
        m_backgroundRestore->worker.waitForDone(); // it posts to this object
    m_backgroundRestore.reset();
    flushStore();
    // Replies finish after we are gone only if their network reply does; they must not call back.
    const QList<ApiReply *> replies = m_replies;
    for (ApiReply *reply : replies)
        reply->disconnect(this);
}

void CallTracker::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_scheduler.setSettings(settings.poll);
    m_model->setMaxCallDuration(settings.poll.maxCallDurationS);
    m_timer.setInterval(qMax(10, settings.tickMs));
}

int CallTracker::trackCalls(const QStringList &callIds)
{
    int added = 0;
    for (const QString &raw : callIds) {
        const QString id = raw.trimmed();
        if (id.isEmpty() || !m_scheduler.addCall(id))
            continue;
        m_model->addPlaceholder(id);
        if (!m_restoring)
            m_pending->batch.trackCalls.append({id, QString()});
        ++added;
    }
    if (added && !m_restoring)
        flushStore(); // what the user asked to track is durable at once
    if (added) {
        refreshHealthCounts();
        Q_EMIT healthChanged();
        if (m_running)
            QMetaObject::invokeMethod(this, &CallTracker::pump, Qt::QueuedConnection);
    }
    return added;
}

bool CallTracker::trackBatch(const QString &batchId)
{
    const QString id = batchId.trimmed();
    if (id.isEmpty() || !m_scheduler.addBatch(id))
        return false;
    m_batches.insert(id);
    if (!m_restoring) {
        m_pending->batch.trackBatches.append(id);
        flushStore(); // what the user asked to track is durable at once
    }
    refreshHealthCounts();
    Q_EMIT healthChanged();
    if (m_running)
        QMetaObject::invokeMethod(this, &CallTracker::pump, Qt::QueuedConnection);
    return true;
}

void CallTracker::untrackCalls(const QStringList &callIds)
{
    for (const QString &id : callIds) {
        m_scheduler.removeCall(id);
        m_attempts.remove(id);
        m_endSeen.remove(id);
        m_snapshotWrittenMs.remove(id);
    }
    m_model->removeCalls(callIds);
    m_pending->batch.untrackCalls.append(callIds);
    flushStore();
    refreshHealthCounts();
    Q_EMIT healthChanged();
}

void CallTracker::start()
{
    m_running = true;
    m_scheduler.resume();
    m_health.running = true;
    pump();
    Q_EMIT healthChanged();
}

void CallTracker::stop()
{
    m_running = false;
    m_scheduler.pause();
    m_health.running = false;
    Q_EMIT healthChanged();
}

void CallTracker::setWebhooksActive(bool active)
{
    if (active == m_scheduler.webhooksActive())
        return;
    m_scheduler.setWebhooksActive(active);
    if (!active && m_running)
        pump(); // polls brought forward may be due now
}

void CallTracker::refreshAll()
{
    m_scheduler.refreshAll();
    m_model->setNotFound(m_model->callIds(), false);
    m_health.authProblem = false;
    m_health.pausedUntil = {};
    pump();
    Q_EMIT healthChanged();
}

void CallTracker::refreshCalls(const QStringList &callIds)
{
    m_scheduler.refresh(callIds);
    m_model->setNotFound(callIds, false);
    m_pending->batch.found.append(callIds);
    m_health.authProblem = m_scheduler.authStopped();
    pump();
}

void CallTracker::pump()
{
    const QDateTime now = m_clock.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // Once a second; also at once when the clock was set back, or the table would stop ticking until the
    // clock caught up.
    if (nowMs - m_lastTickMs >= 1000 || nowMs < m_lastTickMs) {
        m_lastTickMs = nowMs;
        m_model->tick();
        updateStale();
    }
    flushStore(); // one transaction for everything the last cycle learnt
    if (!m_running || m_backgroundRestore)
        return; // (while restoring, no answer may be taken for news: polling starts once it is done)
    const QList<PollRequest> due = m_scheduler.takeDue();
    for (const PollRequest &request : due)
        dispatch(request);
    if (!due.isEmpty()) {
        m_health.inFlight = m_scheduler.inFlight();
        Q_EMIT healthChanged();
    }
}

void CallTracker::dispatch(const PollRequest &request)
{
    ApiReply *reply = nullptr;
    switch (request.kind) {
    case PollRequest::Kind::Call:
        reply = m_client->fetchCall(request.id);
        break;
    case PollRequest::Kind::CallPersistent:
        reply = m_client->fetchCallPersistent(request.id);
        break;
    case PollRequest::Kind::BatchCalls:
        reply = m_client->fetchBatchCalls(request.id);
        break;
    case PollRequest::Kind::BatchStatistics:
        reply = m_client->fetchBatchStatistics(request.id);
        break;
    }
    m_replies.append(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, request] {
        m_replies.removeOne(reply);
        handleReply(reply, request);
    });
}

void CallTracker::lookup(const QString &callId)
{
    ApiReply *reply = m_client->fetchCall(callId.trimmed());
    m_replies.append(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, callId] {
        m_replies.removeOne(reply);
        Q_EMIT lookupFinished(callId, reply->ok() ? reply->call() : CallSnapshot(), reply->error());
    });
}

PollScheduler::CallState CallTracker::stateOf(const CallSnapshot &call) const
{
    PollScheduler::CallState state;
    state.status = call.status;
    state.errorCode = normalizeErrorCode(call.error);
    state.startTime = call.startTime;
    if (call.isTerminal()) {
        // Batch bodies carry no end time: startTime + duration, else when we first saw the end.
        if (call.endTime.isValid())
            state.endedAt = call.endTime;
        else if (call.startTime.isValid() && call.duration)
            state.endedAt = call.startTime.addSecs(*call.duration);
        else
            state.endedAt = m_endSeen.value(call.callId);
    }
    return state;
}

void CallTracker::handleReply(ApiReply *reply, const PollRequest &request)
{
    const QDateTime now = m_clock.now();
    PollScheduler::Outcome outcome;
    outcome.error = reply->error();

    if (reply->ok()) {
        ++m_health.requestsOk;
        m_health.lastSuccess = now;
        m_health.insufficientCredits = false;
        switch (request.kind) {
        case PollRequest::Kind::Call:
        case PollRequest::Kind::CallPersistent: {
            CallSnapshot call = reply->call();
            apply(call);
            const CallSnapshot *current = m_model->snapshot(request.id);
            outcome.call = stateOf(current ? *current : call);
            break;
        }
        case PollRequest::Kind::BatchCalls: {
            const BatchCalls &batch = reply->batchCalls();
            applyAll(batch.calls);
            for (const CallSnapshot &call : batch.calls) {
                const CallSnapshot *current = m_model->snapshot(call.callId);
                outcome.members.insert(call.callId, stateOf(current ? *current : call));
            }
            break;
        }
        case PollRequest::Kind::BatchStatistics: {
            const QString status = reply->batchStatistics().status;
            m_pending->batch.batchStatistics.append({request.id, reply->batchStatistics().raw});
            m_batchStatistics.insert(request.id, reply->batchStatistics());
            Q_EMIT batchStatisticsChanged(request.id);
            outcome.batchFinished =
                status == QLatin1String("completed") || status == QLatin1String("cancelled");
            break;
        }
        }
    } else if (outcome.error.kind != ApiError::Kind::Cancelled) {
        recordError(outcome.error);
    }

    m_scheduler.finished(request, outcome);
    if (!reply->ok() &&
        (request.kind == PollRequest::Kind::Call || request.kind == PollRequest::Kind::CallPersistent) &&
        m_scheduler.isNotFound(request.id)) {
        m_model->setNotFound({request.id}, true);
        m_pending->batch.notFound.append(request.id);
        Q_EMIT callNotFound(request.id);
    }
    m_health.authProblem = m_scheduler.authStopped();
    m_health.pausedUntil = m_scheduler.pausedUntil();
    refreshHealthCounts();
    Q_EMIT healthChanged();
    // A slot just freed up.
    QMetaObject::invokeMethod(this, &CallTracker::pump, Qt::QueuedConnection);
}

void CallTracker::recordError(const ApiError &error)
{
    ++m_health.requestsFailed;
    m_health.lastError = error;
    m_health.lastErrorAt = m_clock.now();
    if (error.kind == ApiError::Kind::PaymentRequired)
        m_health.insufficientCredits = true;
}

CallSnapshot CallTracker::merged(const CallSnapshot &incoming, const CallSnapshot *current, bool *changed,
                                 bool *newAttempt)
{
    *changed = true;
    *newAttempt = false;
    if (!current)
        return incoming;
    switch (decideUpdate(*current, incoming)) {
    case UpdateDecision::Stale:
        *changed = false;
        return *current;
    case UpdateDecision::NewAttempt: {
        *newAttempt = true;
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

bool CallTracker::apply(const CallSnapshot &snapshot, const QString &historySource)
{
    return applyAll({snapshot}, historySource);
}

bool CallTracker::applyAll(const QList<CallSnapshot> &snapshots, const QString &historySourceOverride)
{
    QList<CallSnapshot> updates;
    updates.reserve(snapshots.size());
    QList<int> rows; // each update's row in the table (-1: a new call), so the table need not look it up
    rows.reserve(snapshots.size());
    QList<HistoryStore::Transition> transitions;
    const QDateTime now = m_clock.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (const CallSnapshot &snapshot : snapshots) {
        if (snapshot.callId.isEmpty())
            continue;
        bool changed = false;
        bool newAttempt = false;
        const int row = m_model->rowOf(snapshot.callId);
        const CallSnapshot *before = row < 0 ? nullptr : &m_model->snapshotAt(row);
        CallSnapshot result = merged(snapshot, before, &changed, &newAttempt);
        if (!changed)
            continue;
        const bool statusChanged = !before || before->status != result.status ||
                                   before->statusText != result.statusText || newAttempt;
        if (newAttempt) {
            m_attempts[result.callId] = m_attempts.value(result.callId, 1) + 1;
            m_endSeen.remove(result.callId);
        }
        if (result.isTerminal() && !m_endSeen.contains(result.callId))
            m_endSeen.insert(result.callId, now);
        if (!m_restoring) {
            // Every status change is history; a new attempt starts its own row of it.
            if (statusChanged && (result.status != CallStatus::Unknown || !result.statusText.isEmpty())) {
                HistoryStore::Transition transition;
                transition.callId = result.callId;
                transition.at =
                    transitionTime(result, now, before && !newAttempt ? before->receivedAt : QDateTime());
                transition.attempt = m_attempts.value(result.callId, 1);
                transition.source =
                    historySourceOverride.isEmpty() ? historySource(snapshot.source) : historySourceOverride;
                transition.status = result.status;
                transition.statusText = result.statusText;
                transition.error = result.error;
                m_pending->batch.transitions.append(transition);
                transitions.append(transition);
            }
            // The last snapshot is rewritten only when it brings something the history keeps, or to
            // refresh an old stored received time (a bounded number per cycle: see Settings).
            bool write = true;
            const auto written = m_snapshotWrittenMs.constFind(result.callId);
            if (!newAttempt && !statusChanged && before && written != m_snapshotWrittenMs.cend() &&
                sameHistoryContent(*before, result)) {
                // (A clock set back also refreshes: the stored time would otherwise look new for long.)
                write = (nowMs - *written >= m_settings.snapshotRefreshMs || nowMs < *written) &&
                        m_pending->snapshotRefreshes < m_settings.snapshotRefreshPerCycle;
                if (write)
                    ++m_pending->snapshotRefreshes;
            }
            if (write) {
                m_snapshotWrittenMs.insert(result.callId, nowMs);
                m_pending->batch.snapshots.append(result);
            }
        }
        // The raw payload goes to the history only: the table never shows it, and at 100,000 calls it
        // would be most of the memory the table holds (a snapshot without one keeps the stored one).
        result.raw = QJsonObject();
        updates.append(std::move(result));
        rows.append(row);
    }
    const bool rowsChanged = m_model->upsert(std::move(updates), rows) > 0;
    if (!transitions.isEmpty())
        Q_EMIT transitionsRecorded(transitions);
    return rowsChanged;
}

bool CallTracker::applyWebhookEvent(const WebhookEvent &event)
{
    if (m_backgroundRestore) {
        m_backgroundRestore->webhooks.append(event); // applied in order once the history is back
        return false;
    }
    switch (event.kind) {
    case WebhookEvent::Kind::Call: {
        CallSnapshot call = event.call;
        call.source = SnapshotSource::Webhook;
        if (!call.receivedAt.isValid())
            call.receivedAt = m_clock.now();
        return applyWebhookCall(call);
    }
    case WebhookEvent::Kind::BatchCompleted:
    case WebhookEvent::Kind::BatchFailed:
        return applyWebhookBatch(event);
    }
    return false;
}

bool CallTracker::applyWebhookCall(const CallSnapshot &call)
{
    if (call.callId.isEmpty())
        return false;
    const CallSnapshot *current = m_model->snapshot(call.callId);
    if (!current) {
        if (call.batchId.isEmpty() || !m_batches.contains(call.batchId))
            return recordUntrackedWebhookCall(call);
        // A call of a tracked batch we have not seen in a batch answer yet: a member like the others (the
        // store tracks it through its batchId; the next batch answer covers it).
        m_untrackedWebhookSeen.remove(call.callId);
        applyAll({call}, HistoryStore::SourceWebhook);
        refreshHealthCounts();
        Q_EMIT healthChanged();
        return true;
    }

    bool changed = false;
    bool newAttempt = false;
    const CallSnapshot result = merged(call, current, &changed, &newAttempt);
    if (!changed)
        return false; // about an earlier moment of the call than what we know
    const bool wasNotFound = m_model->isNotFound(call.callId);
    if (!newAttempt && !wasNotFound && result.sameContent(*current))
        return false; // a repeated delivery: nothing new

    applyAll({call}, HistoryStore::SourceWebhook);
    const CallSnapshot *now = m_model->snapshot(call.callId);
    if (now && m_scheduler.hasCall(call.callId) && !m_scheduler.isBatchMember(call.callId)) {
        // The scheduler learns the state as if it had asked: an ended call is not polled again (batch
        // members: the batch request covers them).
        const bool schedulerNotFound = m_scheduler.isNotFound(call.callId);
        const PollScheduler::CallState state = stateOf(*now);
        m_scheduler.restoreCall(call.callId, state, false);
        if (schedulerNotFound && !isTerminal(state.status) && !m_scheduler.authStopped())
            m_scheduler.refresh({call.callId}); // Dialgen knows it after all: follow it again
    }
    if (wasNotFound)
        m_pending->batch.found.append(call.callId);
    refreshHealthCounts();
    Q_EMIT healthChanged();
    return true;
}

bool CallTracker::recordUntrackedWebhookCall(const CallSnapshot &call)
{
    if (m_restoring)
        return false;
    const QString key = call.statusText + QLatin1Char('|') +
                        QString::number(call.startTime.isValid() ? call.startTime.toMSecsSinceEpoch() : 0) +
                        QLatin1Char('|') + call.error;
    const auto seen = m_untrackedWebhookSeen.constFind(call.callId);
    if (seen != m_untrackedWebhookSeen.cend() && *seen == key)
        return false; // the same news again
    if (m_untrackedWebhookSeen.size() >= 4096)
        m_untrackedWebhookSeen.clear();
    m_untrackedWebhookSeen.insert(call.callId, key);

    HistoryStore::Transition transition;
    transition.callId = call.callId;
    transition.at = transitionTime(call, m_clock.now());
    transition.attempt = 1;
    transition.source = HistoryStore::SourceWebhook;
    transition.status = call.status;
    transition.statusText = call.statusText;
    transition.error = call.error;
    m_pending->batch.transitions.append(transition);
    Q_EMIT transitionsRecorded({transition});
    return true;
}

bool CallTracker::applyWebhookBatch(const WebhookEvent &event)
{
    if (!m_batches.contains(event.batchId))
        return false;
    const auto existing = m_batchStatistics.constFind(event.batchId);
    const bool known = existing != m_batchStatistics.cend();
    // What polling knew (performance, priority, webhooks...), with the event's news on top, shaped like a
    // /batch/check-status body so the history restores it with the same parser.
    QJsonObject raw = known ? existing->raw : QJsonObject();
    raw.insert(QLatin1String("batchId"), event.batchId);
    const auto mergeObject = [&raw](QLatin1String key, const QJsonValue &update) {
        if (!update.isObject())
            return;
        QJsonObject object = raw.value(key).toObject();
        const QJsonObject fields = update.toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            object.insert(it.key(), it.value());
        raw.insert(key, object);
    };
    const auto setText = [&raw](QLatin1String key, const QString &value) {
        if (!value.isEmpty())
            raw.insert(key, value);
    };
    if (event.kind == WebhookEvent::Kind::BatchCompleted) {
        const QJsonObject &shaped = event.statistics.raw;
        raw.insert(QLatin1String("status"), QStringLiteral("completed"));
        mergeObject(QLatin1String("statistics"), shaped.value(QLatin1String("statistics")));
        mergeObject(QLatin1String("timestamps"), shaped.value(QLatin1String("timestamps")));
        mergeObject(QLatin1String("performance"), shaped.value(QLatin1String("performance")));
        if (shaped.contains(QLatin1String("priority")) && !shaped.value(QLatin1String("priority")).isNull())
            raw.insert(QLatin1String("priority"), shaped.value(QLatin1String("priority")));
    } else {
        raw.insert(QLatin1String("status"), QStringLiteral("failed"));
        setText(QLatin1String("error"), event.error);
        setText(QLatin1String("code"), event.code);
        if (event.timestamp.isValid())
            raw.insert(QLatin1String("failedAt"), event.timestamp.toUTC().toString(Qt::ISODateWithMs));
    }
    setText(QLatin1String("agentId"), event.agentId);
    setText(QLatin1String("userId"), event.userId);
    if (known && existing->raw == raw)
        return false; // a repeated delivery

    const ParseResult<BatchStatistics> parsed =
        PayloadParser::parseBatchStatistics(QJsonDocument(raw).toJson(QJsonDocument::Compact));
    BatchStatistics statistics;
    if (parsed.ok()) {
        statistics = parsed.value();
    } else {
        // What polling stored no longer parses with the event on top (should not happen): keep the event.
        statistics = event.kind == WebhookEvent::Kind::BatchCompleted ? event.statistics
                     : known                                          ? *existing
                                                                      : BatchStatistics();
        statistics.batchId = event.batchId;
        statistics.status = raw.value(QLatin1String("status")).toString();
        statistics.raw = raw;
    }
    m_batchStatistics.insert(event.batchId, statistics);
    m_pending->batch.batchStatistics.append({event.batchId, raw});
    Q_EMIT batchStatisticsChanged(event.batchId);
    if (event.kind == WebhookEvent::Kind::BatchFailed)
        Q_EMIT batchFailed(event.batchId, event.error, event.code);
    return true;
}

std::optional<BatchStatistics> CallTracker::batchStatistics(const QString &batchId) const
{
    const auto it = m_batchStatistics.constFind(batchId);
    if (it == m_batchStatistics.cend())
        return std::nullopt;
    return *it;
}

void CallTracker::setStore(HistoryStore *store)
{
    flushStore();
    m_store = store;
}

bool CallTracker::flushStore()
{
    if (m_pending->batch.isEmpty())
        return !m_store || m_store->queuedBatchCount() == 0;
    bool written = true;
    if (m_store)
        written = m_store->write(m_pending->batch); // on failure the store keeps the batch queued and says so
    m_pending->batch = {};
    m_pending->snapshotRefreshes = 0;
    return written;
}

bool CallTracker::commitToStore()
{
    if (!m_pending->batch.isEmpty() || !m_store)
        return flushStore(); // write() retries what is queued first
    return m_store->queuedBatchCount() == 0 || m_store->flush();
}

int CallTracker::restoreFromStore()
{
    if (!m_store || m_backgroundRestore)
        return 0;
    const HistoryStore::LoadedState state = m_store->load();
    restoreBatches(state.batches);
    restoreCalls(state.calls, 0, state.calls.size(), false);
    refreshHealthCounts();
    Q_EMIT healthChanged();
    return int(state.calls.size());
}

void CallTracker::restoreBatches(const QList<HistoryStore::TrackedBatch> &batches)
{
    m_restoring = true;
    for (const HistoryStore::TrackedBatch &batch : batches) {
        trackBatch(batch.batchId);
        if (!batch.statistics.isEmpty() && !m_batchStatistics.contains(batch.batchId)) {
            const ParseResult<BatchStatistics> parsed = PayloadParser::parseBatchStatistics(
                QJsonDocument(batch.statistics).toJson(QJsonDocument::Compact));
            if (parsed.ok()) {
                BatchStatistics statistics = parsed.value();
                if (statistics.batchId.isEmpty()) // the stored body may not repeat the id it was asked for
                    statistics.batchId = batch.batchId;
                m_batchStatistics.insert(batch.batchId, statistics);
            }
        }
    }
    m_restoring = false;
}

void CallTracker::restoreCalls(const QList<HistoryStore::TrackedCall> &calls, qsizetype from, qsizetype to,
                               bool keepNewer)
{
    m_restoring = true;
    QList<CallSnapshot> snapshots;
    snapshots.reserve(to - from);
    QStringList notFound;
    for (qsizetype i = from; i < to; ++i) {
        const HistoryStore::TrackedCall &call = calls.at(i);
        if (keepNewer) {
            // Tracked again, or updated, while the history was being read: what the table shows now is
            // newer than the history, unless it is only a placeholder.
            const CallSnapshot *row = m_model->snapshot(call.callId);
            const bool placeholder = row && row->status == CallStatus::Unknown && row->statusText.isEmpty() &&
                                     !row->receivedAt.isValid();
            if (row && !(placeholder && call.snapshot)) {
                if (!m_attempts.contains(call.callId))
                    m_attempts.insert(call.callId, call.attempt);
                continue;
            }
        }
        m_attempts.insert(call.callId, call.attempt);
        if (call.snapshot && call.snapshot->isTerminal())
            m_endSeen.insert(call.callId, call.snapshot->receivedAt);
        if (call.batchId.isEmpty()) {
            PollScheduler::CallState pollState;
            if (call.snapshot)
                pollState = stateOf(*call.snapshot);
            m_scheduler.restoreCall(call.callId, pollState, call.notFound);
        }
        if (call.snapshot) {
            // What the store holds: an identical poll need not write it again (see Settings).
            m_snapshotWrittenMs.insert(call.callId, call.snapshot->receivedAt.isValid()
                                                        ? call.snapshot->receivedAt.toMSecsSinceEpoch()
                                                        : std::numeric_limits<qint64>::min() / 2);
            CallSnapshot snapshot = *call.snapshot;
            snapshot.raw = {}; // the history keeps it; the table does not need it
            snapshots.append(std::move(snapshot));
        } else {
            m_model->addPlaceholder(call.callId, call.batchId);
        }
        if (call.notFound)
            notFound.append(call.callId);
    }
    m_model->upsert(std::move(snapshots));
    m_model->setNotFound(notFound, true);
    m_restoring = false;
}

bool CallTracker::restoreFromStoreInBackground()
{
    if (!m_store || m_backgroundRestore)
        return false;
    m_backgroundRestore = std::make_unique<BackgroundRestore>();
    m_backgroundRestore->worker.setMaxThreadCount(1);
    Q_EMIT restoreStarted();
    const QString path = m_store->readerPath();
    if (path.isEmpty()) {
        // Nothing another thread could read (a store in memory): read here, apply in chunks all the same.
        auto state = std::make_shared<HistoryStore::LoadedState>(m_store->load());
        QMetaObject::invokeMethod(
            this, [this, state] { restoreLoaded(state); }, Qt::QueuedConnection);
        return true;
    }
    m_backgroundRestore->worker.start([this, path] {
        auto state = std::make_shared<HistoryStore::LoadedState>(HistoryStore::readState(path));
        // The destructor waits for this task, so `this` is alive while the result is posted.
        QMetaObject::invokeMethod(
            this, [this, state] { restoreLoaded(state); }, Qt::QueuedConnection);
    });
    return true;
}

void CallTracker::restoreLoaded(const std::shared_ptr<HistoryStore::LoadedState> &state)
{
    if (!m_backgroundRestore)
        return;
    if (!state->ok && m_store) {
        // The worker could not read the file (or only part of it): read it here, through the store.
        *state = m_store->load();
    }
    m_backgroundRestore->state = state;
    restoreBatches(state->batches);
    restoreNextChunk();
}

void CallTracker::restoreNextChunk()
{
    if (!m_backgroundRestore || !m_backgroundRestore->state)
        return;
    BackgroundRestore &restore = *m_backgroundRestore;
    const QList<HistoryStore::TrackedCall> &calls = restore.state->calls;
    const qsizetype to = std::min(calls.size(), restore.next + qsizetype(m_restoreChunk));
    restoreCalls(calls, restore.next, to, true);
    restore.next = to;
    refreshHealthCounts();
    Q_EMIT healthChanged();
    if (to < calls.size()) {
        QTimer::singleShot(0, this, &CallTracker::restoreNextChunk); // let the window paint in between
        return;
    }
    finishBackgroundRestore();
}

void CallTracker::finishBackgroundRestore()
{
    const int restored = int(m_backgroundRestore->state->calls.size());
    const QList<WebhookEvent> webhooks = std::exchange(m_backgroundRestore->webhooks, {});
    m_backgroundRestore->worker.waitForDone(); // done already: its last act was posting the result
    m_backgroundRestore.reset();
    for (const WebhookEvent &event : webhooks)
        applyWebhookEvent(event);
    refreshHealthCounts();
    Q_EMIT healthChanged();
    Q_EMIT restoreFinished(restored);
    if (m_running)
        QMetaObject::invokeMethod(this, &CallTracker::pump, Qt::QueuedConnection);
}

void CallTracker::updateStale()
{
    const QStringList stale = m_scheduler.staleCalls();
    if (m_health.staleCalls != stale.size()) {
        m_health.staleCalls = int(stale.size());
        Q_EMIT healthChanged();
    }
    m_model->setStale(stale);
}

void CallTracker::refreshHealthCounts()
{
    m_health.trackedCalls = m_model->rowCount();
    m_health.trackedBatches = int(m_batches.size());
    m_health.activeCalls = m_model->count(CallStatus::Scheduled) + m_model->count(CallStatus::Ongoing) +
                           m_model->count(CallStatus::Unknown) - m_model->notFoundCount();
    m_health.inFlight = m_scheduler.inFlight();
}

} // namespace cw
