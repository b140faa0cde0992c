// Polling against the simulator over loopback HTTP: CallWatch's engine (PollScheduler + CallTracker +
// DialgenClient + CallTableModel under the window's proxy), the same with webhooks on, and a naive client
// that follows the documented loop. All three runs see the same simulated world (same seed, same set-up)
// over the same simulated time span, on a shared virtual clock (see BENCHMARKS.md, "Polling").
#include "benchcommon.h"

#include "callfilterproxymodel.h"
#include "callstatus.h"
#include "calltablemodel.h"
#include "calltracker.h"
#include "clock.h"
#include "dialgenclient.h"
#include "sim/dialgensimulator.h"
#include "sim/simworld.h"
#include "sim/webhookdispatcher.h"
#include "webhookreceiver.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QMutex>
#include <QNetworkAccessManager>

#include <map>

namespace cw::bench {

namespace {

const QString kApiKey = QStringLiteral("bench-api-key");
const QByteArray kSecret = QByteArrayLiteral("bench-webhook-secret");

struct Scenario
{
    int batches = 20;
    int activeBatches = 4;
    int perBatch = 500;
    qint64 spanMs = 180'000;
    int calls() const { return batches * perBatch; }
    int active() const { return activeBatches * perBatch; }
};

// The simulator's status as the API names it, read the way CallWatch reads Dialgen's answers.
CallStatus toStatus(sim::SimCallStatus status)
{
    return callStatusFromString(sim::callStatusName(status));
}

// A state change inside the simulator (status or attempt), with the simulated time it happened at.
struct SimChange
{
    QString callId;
    CallStatus status = CallStatus::Unknown;
    qint64 atMs = 0;
};

// Collects the world's status changes on the simulator's thread; the main thread drains them between
// steps (while the simulator's thread waits).
struct ChangeLog
{
    QMutex mutex;
    bool enabled = false;
    QHash<QString, QPair<CallStatus, int>> last; // call id -> status, attempt (simulator thread only)
    QList<SimChange> changes;
};

// The simulated world every run starts from: `batches - activeBatches` batches dialled through long ago
// (one attempt each), then `activeBatches` batches being dialled (default retry strategy, a call every
// 2 s each), so that calls() are tracked and active() of them are not finished.
struct World
{
    std::unique_ptr<SimHost> host;
    QUrl baseUrl;
    QStringList batchIds;
    QStringList callIds;
    QDateTime start;
    ChangeLog log;

    bool build(const Scenario &scenario, QString *error)
    {
        sim::SimConfig config;
        config.seed = 8;
        config.historyDays = 0;
        config.autoTraffic = false;
        config.autoAdvance = false;
        config.apiKey = kApiKey;
        host = std::make_unique<SimHost>(config);
        bool ok = false;
        host->run([&](sim::DialgenSimulator &simulator) {
            if (!simulator.start(0, error))
                return;
            sim::SimWorld &world = simulator.world();
            sim::BatchOptions old;
            old.retry.maxAttempts = 1;
            old.dialSpacingMs = 1'000;
            for (int i = 0; i < scenario.batches - scenario.activeBatches; ++i)
                batchIds.append(world.createBatch(scenario.perBatch, old));
            world.advanceTo(world.now().addSecs(2 * 3600));
            sim::BatchOptions active;
            active.dialSpacingMs = 2'000;
            for (int i = 0; i < scenario.activeBatches; ++i)
                batchIds.append(world.createBatch(scenario.perBatch, active));
            callIds = world.callIds();
            start = world.now();
            baseUrl = simulator.baseUrl();
            for (const QString &id : std::as_const(callIds)) {
                const auto call = world.call(id);
                log.last.insert(id, {toStatus(call->status), call->attempt});
            }
            ChangeLog *changeLog = &log;
            QObject::connect(
                &world, &sim::SimWorld::callChanged, host->context(), [changeLog, &world](const QString &id) {
                    const auto call = world.call(id);
                    if (!call || !changeLog->enabled)
                        return;
                    const QPair<CallStatus, int> now{toStatus(call->status), call->attempt};
                    auto &before = changeLog->last[id];
                    if (before == now)
                        return;
                    before = now;
                    QMutexLocker locker(&changeLog->mutex);
                    changeLog->changes.append({id, now.first, call->updatedAt.toMSecsSinceEpoch()});
                });
            log.enabled = true;
            ok = true;
        });
        return ok;
    }

    void advanceTo(qint64 ms)
    {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        host->run([when](sim::DialgenSimulator &simulator) { simulator.world().advanceTo(when); });
    }
    qint64 nextEventMs()
    {
        qint64 next = -1;
        host->run([&next](sim::DialgenSimulator &simulator) {
            const QDateTime at = simulator.world().nextEventTime();
            next = at.isValid() ? at.toMSecsSinceEpoch() : -1;
        });
        return next;
    }
    QList<SimChange> takeChanges()
    {
        QMutexLocker locker(&log.mutex);
        return std::exchange(log.changes, {});
    }
};

// What one run measured.
struct RunFigures
{
    qint64 requests = 0;
    qint64 transitions = 0; // status changes seen of calls already known
    qint64 firstSights = 0; // first status seen of each call (not a change)
    qint64 simChanges = 0;  // status changes inside the simulator during the span
    qint64 missed = 0;      // simulator changes overwritten by the next one before they were seen
    QList<double> latencyS; // simulated seconds from a change in the simulator to the model's signal
    double cpuMs = 0;       // main-thread CPU
    double wallMs = 0;
    qint64 steps = 0;
    QList<StallProbe::Stall> stalls; // main-thread event deliveries >= 1 ms
    qint64 events = 0;
    quint64 webhookDeliveries = 0;
    QString error;
    double requestsPerTransition() const { return transitions ? double(requests) / double(transitions) : 0; }
};

// Pending simulator changes and the latency bookkeeping shared by both kinds of client.
struct LatencyBook
{
    QHash<QString, SimChange> pending;
    RunFigures *figures = nullptr;
    const ManualClock *clock = nullptr;

    void add(const QList<SimChange> &changes)
    {
        for (const SimChange &change : changes) {
            ++figures->simChanges;
            if (pending.contains(change.callId))
                ++figures->missed; // the previous state was never seen
            pending.insert(change.callId, change);
        }
    }
    void seen(const QString &callId, CallStatus status)
    {
        const auto it = pending.find(callId);
        if (it == pending.end() || it->status != status)
            return;
        figures->latencyS.append(double(clock->now().toMSecsSinceEpoch() - it->atMs) / 1000.0);
        pending.erase(it);
    }
};

// The documented loop: one live-status request per call every 5 s while it is SCHEDULED or ONGOING, no
// batch endpoint, and a model reset for every answer.
class NaiveModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 4; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        const CallSnapshot &call = m_rows.at(index.row());
        switch (index.column()) {
        case 0:
            return call.callId;
        case 1:
            return call.statusText;
        case 2:
            return call.phoneNumber;
        default:
            return call.duration ? QVariant(*call.duration) : QVariant();
        }
    }
    void set(const QStringList &ids)
    {
        beginResetModel();
        for (const QString &id : ids) {
            m_index.insert(id, int(m_rows.size()));
            CallSnapshot call;
            call.callId = id;
            m_rows.append(call);
        }
        endResetModel();
    }
    void update(const CallSnapshot &call)
    {
        beginResetModel();
        m_rows[m_index.value(call.callId)] = call;
        endResetModel();
    }

private:
    QList<CallSnapshot> m_rows;
    QHash<QString, int> m_index;
};

class NaiveClient
{
public:
    NaiveClient(DialgenClient *client, const ManualClock &clock, LatencyBook &book, RunFigures &figures,
                const QStringList &ids)
        : m_client(client)
        , m_clock(clock)
        , m_book(book)
        , m_figures(figures)
    {
        m_model.set(ids);
        for (const QString &id : ids)
            m_calls.insert(id, State{});
    }

    // Sends every request due now. Returns the next due time (-1: nothing left to poll).
    qint64 step()
    {
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        qint64 next = -1;
        for (auto it = m_calls.begin(); it != m_calls.end(); ++it) {
            State &state = it.value();
            if (state.done || state.inFlight)
                continue;
            if (state.dueMs <= now) {
                send(it.key());
                continue;
            }
            next = next < 0 ? state.dueMs : std::min(next, state.dueMs);
        }
        return next;
    }
    int inFlight() const { return m_inFlight; }

private:
    struct State
    {
        qint64 dueMs = 0;
        bool inFlight = false;
        bool done = false;
        CallStatus status = CallStatus::Unknown;
        bool known = false;
    };

    void send(const QString &id)
    {
        State &state = m_calls[id];
        state.inFlight = true;
        ++m_inFlight;
        ApiReply *reply = m_client->fetchCall(id);
        QObject::connect(reply, &ApiReply::finished, &m_model, [this, reply, id] {
            --m_inFlight;
            State &s = m_calls[id];
            s.inFlight = false;
            const qint64 now = m_clock.now().toMSecsSinceEpoch();
            s.dueMs = now + 5'000;
            if (!reply->ok())
                return;
            const CallSnapshot &call = reply->call();
            if (!s.known) {
                ++m_figures.firstSights;
                s.known = true;
            } else if (call.status != s.status) {
                ++m_figures.transitions;
            }
            s.status = call.status;
            m_model.update(call);
            m_book.seen(id, call.status);
            if (call.isTerminal())
                s.done = true; // the documented loop stops at a final status
        });
    }

    DialgenClient *m_client;
    const ManualClock &m_clock;
    LatencyBook &m_book;
    RunFigures &m_figures;
    NaiveModel m_model;
    QHash<QString, State> m_calls;
    int m_inFlight = 0;
};

enum class Engine : quint8
{
    CallWatch,
    CallWatchWebhooks,
    Naive,
};

RunFigures runOnce(const Scenario &scenario, Engine engine)
{
    RunFigures figures;
    World world;
    if (!world.build(scenario, &figures.error))
        return figures;
    ManualClock clock(world.start);
    LatencyBook book;
    book.figures = &figures;
    book.clock = &clock;

    QNetworkAccessManager network;
    ClientConfig config;
    config.baseUrl = world.baseUrl;
    config.apiKey = kApiKey;
    DialgenClient client(&network, config);
    QObject context;
    QObject::connect(&client, &DialgenClient::exchangeFinished, &context, [&figures](const QUrl &url) {
        if (url.isValid())
            ++figures.requests;
    });

    CallTableModel model(clock);
    CallFilterProxyModel proxy; // as in the window: sorted by start time, newest first
    proxy.setSourceModel(&model);
    proxy.sort(CallTableModel::StartedColumn, Qt::DescendingOrder);
    std::unique_ptr<CallTracker> tracker;
    std::unique_ptr<WebhookReceiver> receiver;
    std::unique_ptr<NaiveClient> naive;
    QSet<QString> known;

    const auto checkRows = [&](int first, int last) {
        if (book.pending.isEmpty())
            return;
        if (book.pending.size() < last - first + 1) {
            const QList<SimChange> pending = book.pending.values();
            for (const SimChange &change : pending) {
                const int row = model.rowOf(change.callId);
                if (row >= first && row <= last)
                    book.seen(change.callId, model.snapshotAt(row).status);
            }
            return;
        }
        for (int row = first; row <= last; ++row) {
            const CallSnapshot &call = model.snapshotAt(row);
            book.seen(call.callId, call.status);
        }
    };

    if (engine == Engine::Naive) {
        naive = std::make_unique<NaiveClient>(&client, clock, book, figures, world.callIds);
    } else {
        tracker = std::make_unique<CallTracker>(&client, &model, clock);
        QObject::connect(&model, &QAbstractItemModel::dataChanged, &context,
                         [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                             if (topLeft.column() <= CallTableModel::StatusColumn &&
                                 bottomRight.column() >= CallTableModel::StatusColumn)
                                 checkRows(topLeft.row(), bottomRight.row());
                         });
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &context,
                         [&](const QModelIndex &, int first, int last) { checkRows(first, last); });
        QObject::connect(tracker.get(), &CallTracker::transitionsRecorded, &context,
                         [&](const QList<HistoryStore::Transition> &transitions) {
                             for (const HistoryStore::Transition &t : transitions) {
                                 if (known.contains(t.callId)) {
                                     ++figures.transitions;
                                 } else {
                                     known.insert(t.callId);
                                     ++figures.firstSights;
                                 }
                             }
                         });
        if (engine == Engine::CallWatchWebhooks) {
            receiver = std::make_unique<WebhookReceiver>(clock);
            receiver->setSecret(kSecret);
            QString error;
            if (!receiver->start(QHostAddress(QHostAddress::LocalHost), 0, &error)) {
                figures.error = error;
                return figures;
            }
            const QUrl target = receiver->url();
            bool ok = false;
            world.host->run([&](sim::DialgenSimulator &simulator) {
                ok = simulator.setWebhookTarget(target, kSecret, {}, &error);
            });
            if (!ok) {
                figures.error = error;
                return figures;
            }
            // As Session does: every event to the tracker, and polling relieved while events arrive.
            CallTracker *t = tracker.get();
            QObject::connect(receiver.get(), &WebhookReceiver::eventReceived, t,
                             &CallTracker::applyWebhookEvent);
            QObject::connect(receiver.get(), &WebhookReceiver::eventReceived, t,
                             [t] { t->setWebhooksActive(true); });
        }
        for (const QString &batch : std::as_const(world.batchIds))
            tracker->trackBatch(batch);
    }

    const auto dispatcherBusy = [&world, engine]() {
        if (engine != Engine::CallWatchWebhooks)
            return false;
        bool busy = false;
        world.host->run([&busy](sim::DialgenSimulator &simulator) {
            const sim::WebhookStats stats = simulator.webhooks().stats();
            busy = stats.pending > 0 || stats.inFlight > 0;
        });
        return busy;
    };
    const auto inFlight = [&]() {
        return naive ? naive->inFlight() : tracker->scheduler().inFlight();
    };
    // Lets every request (and webhook) the current moment caused finish.
    const auto settle = [&]() -> bool {
        QElapsedTimer guard;
        guard.start();
        int quietPasses = 0;
        while (quietPasses < 2) {
            if (guard.elapsed() > 120'000) {
                figures.error = QStringLiteral("requests did not finish within 120 s");
                return false;
            }
            if (inFlight() > 0) {
                waitForEvents(50);
                quietPasses = 0;
                continue;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            if (dispatcherBusy()) {
                QThread::usleep(200);
                quietPasses = 0;
                continue;
            }
            ++quietPasses;
        }
        return true;
    };

    const qint64 startMs = world.start.toMSecsSinceEpoch();
    const qint64 endMs = startMs + scenario.spanMs;
    const bool probe = engine == Engine::CallWatch;
    if (probe)
        StallProbe::start();
    QElapsedTimer wall;
    wall.start();
    const qint64 cpu = threadCpuNs();
    qint64 naiveNext = 0;
    if (tracker)
        tracker->start();
    else
        naiveNext = naive->step();
    if (!settle())
        return figures;
    while (clock.now().toMSecsSinceEpoch() < endMs) {
        const qint64 now = clock.now().toMSecsSinceEpoch();
        qint64 next = now + 1'000;
        const auto consider = [&next, now](qint64 at) {
            if (at >= 0)
                next = std::min(next, std::max(now + 1, at));
        };
        if (tracker) {
            const QDateTime wake = tracker->scheduler().nextWake();
            consider(wake.isValid() ? wake.toMSecsSinceEpoch() : -1);
        } else {
            consider(naiveNext);
        }
        consider(world.nextEventMs());
        next = std::min(next, endMs);
        clock.set(QDateTime::fromMSecsSinceEpoch(next, QTimeZone::utc()));
        world.advanceTo(next);
        book.add(world.takeChanges());
        ++figures.steps;
        if (tracker)
            tracker->start(); // already running: looks for due work now (the tracker's own tick is real time)
        else
            naiveNext = naive->step();
        if (!settle())
            return figures;
        if (naive)
            naiveNext = naive->step();
    }
    figures.cpuMs = double(threadCpuNs() - cpu) / 1e6;
    figures.wallMs = double(wall.nsecsElapsed()) / 1e6;
    if (probe)
        figures.stalls = StallProbe::stop(&figures.events);
    if (tracker)
        tracker->stop();
    if (engine == Engine::CallWatchWebhooks) {
        world.host->run([&figures](sim::DialgenSimulator &simulator) {
            figures.webhookDeliveries = simulator.webhooks().stats().succeeded;
            simulator.setWebhookTarget(QUrl());
        });
    }
    return figures;
}

QString describe(const RunFigures &f)
{
    return QStringLiteral("%1 requests, %2 transitions seen of %3 in the simulator (%4 missed), %5 first "
                          "sights, %6 steps, %7 s wall")
        .arg(count(f.requests), count(f.transitions), count(f.simChanges), count(f.missed),
             count(f.firstSights), count(f.steps))
        .arg(f.wallMs / 1000.0, 0, 'f', 1);
}

} // namespace

Results benchPolling(const Options &options)
{
    Scenario scenario;
    if (options.quick) {
        scenario.perBatch = 50;
        scenario.spanMs = 60'000;
    }
    const QString size = QStringLiteral("%1 calls (%2 active) in %3 batches, %4 simulated s")
                             .arg(count(scenario.calls()), count(scenario.active()))
                             .arg(scenario.batches)
                             .arg(scenario.spanMs / 1000);
    const QStringList names{QStringLiteral("poll_requests_per_s"),
                            QStringLiteral("poll_cpu_per_request"),
                            QStringLiteral("poll_latency_p50"),
                            QStringLiteral("poll_latency_p99"),
                            QStringLiteral("poll_requests_per_transition"),
                            QStringLiteral("poll_webhooks_requests_per_transition"),
                            QStringLiteral("poll_stall_p99")};
    const auto failAll = [&](const QString &error) {
        Results failed;
        for (const QString &name : names)
            failed.append(failure(name, name, size, error));
        return failed;
    };

    log(QStringLiteral("   polling: CallWatch engine"));
    const RunFigures ours = runOnce(scenario, Engine::CallWatch);
    if (!ours.error.isEmpty())
        return failAll(QStringLiteral("CallWatch run: ") + ours.error);
    log(QStringLiteral("   polling: CallWatch engine with webhooks"));
    const RunFigures hooks = runOnce(scenario, Engine::CallWatchWebhooks);
    log(QStringLiteral("   polling: naive loop"));
    const RunFigures naive = runOnce(scenario, Engine::Naive);
    if (!naive.error.isEmpty())
        return failAll(QStringLiteral("naive run: ") + naive.error);

    const double spanS = double(scenario.spanMs) / 1000.0;
    Results results;
    Result rate;
    rate.name = QStringLiteral("poll_requests_per_s");
    rate.title = QStringLiteral("polling: requests per simulated s");
    rate.size = size;
    rate.value = double(ours.requests) / spanS;
    rate.unit = QStringLiteral("req/s");
    rate.baseline = double(naive.requests) / spanS;
    rate.ratio = rate.value > 0 ? *rate.baseline / rate.value : 0;
    rate.note = QStringLiteral("CallWatch: %1; naive: %2").arg(describe(ours), describe(naive));
    results.append(rate);

    Result cpu;
    cpu.name = QStringLiteral("poll_cpu_per_request");
    cpu.title = QStringLiteral("polling: main-thread CPU per request");
    cpu.size = size;
    cpu.value = ours.requests ? ours.cpuMs / double(ours.requests) : 0;
    cpu.unit = QStringLiteral("ms");
    cpu.baseline = naive.requests ? naive.cpuMs / double(naive.requests) : 0;
    cpu.ratio = cpu.value > 0 ? *cpu.baseline / cpu.value : 0;
    cpu.note =
        QStringLiteral("main-thread CPU for the whole run: CallWatch %1 ms, naive %2 ms (the simulator "
                       "runs on its own thread); per detected transition: CallWatch %3 ms, naive %4 ms")
            .arg(ours.cpuMs, 0, 'f', 0)
            .arg(naive.cpuMs, 0, 'f', 0)
            .arg(ours.transitions ? ours.cpuMs / double(ours.transitions) : 0.0, 0, 'f', 2)
            .arg(naive.transitions ? naive.cpuMs / double(naive.transitions) : 0.0, 0, 'f', 2);
    results.append(cpu);

    for (const double p : {50.0, 99.0}) {
        Result latency;
        latency.name = p == 50 ? QStringLiteral("poll_latency_p50") : QStringLiteral("poll_latency_p99");
        latency.title = QStringLiteral("polling: update latency p%1 (simulated)").arg(int(p));
        latency.size = size;
        latency.value = percentile(ours.latencyS, p);
        latency.unit = QStringLiteral("s");
        latency.baseline = percentile(naive.latencyS, p);
        latency.ratio = latency.value > 0 ? *latency.baseline / latency.value : 0;
        latency.note = QStringLiteral("%1 changes timed (naive %2); with webhooks p%3 %4 s")
                           .arg(count(ours.latencyS.size()), count(naive.latencyS.size()))
                           .arg(int(p))
                           .arg(percentile(hooks.latencyS, p), 0, 'f', 2);
        results.append(latency);
    }

    Result perTransition;
    perTransition.name = QStringLiteral("poll_requests_per_transition");
    perTransition.title = QStringLiteral("polling: requests per detected transition");
    perTransition.size = size;
    perTransition.value = ours.requestsPerTransition();
    perTransition.unit = QStringLiteral("req");
    perTransition.baseline = naive.requestsPerTransition();
    perTransition.ratio = perTransition.value > 0 ? *perTransition.baseline / perTransition.value : 0;
    perTransition.target = QStringLiteral(">= 10x fewer than naive");
    perTransition.met = ours.transitions > 0 && *perTransition.ratio >= 10;
    perTransition.note = QStringLiteral("CallWatch %1 requests / %2 transitions; naive %3 / %4")
                             .arg(count(ours.requests), count(ours.transitions), count(naive.requests),
                                  count(naive.transitions));
    results.append(perTransition);

    if (!hooks.error.isEmpty()) {
        results.append(failure(QStringLiteral("poll_webhooks_requests_per_transition"),
                               QStringLiteral("polling + webhooks: requests per transition"), size,
                               hooks.error));
    } else {
        Result withHooks;
        withHooks.name = QStringLiteral("poll_webhooks_requests_per_transition");
        withHooks.title = QStringLiteral("polling + webhooks: requests per transition");
        withHooks.size = size;
        withHooks.value = hooks.requestsPerTransition();
        withHooks.unit = QStringLiteral("req");
        withHooks.baseline = naive.requestsPerTransition();
        withHooks.ratio = withHooks.value > 0 ? *withHooks.baseline / withHooks.value : 0;
        withHooks.target = QStringLiteral(">= 100x fewer than naive");
        withHooks.met = hooks.transitions > 0 && *withHooks.ratio >= 100;
        withHooks.note = QStringLiteral("%1; %2 webhook deliveries accepted")
                             .arg(describe(hooks), count(qint64(hooks.webhookDeliveries)));
        results.append(withHooks);
    }

    Result stall;
    stall.name = QStringLiteral("poll_stall_p99");
    stall.title = QStringLiteral("polling: main-thread stall p99 (CPU)");
    stall.size = QStringLiteral("%1 calls tracked").arg(count(scenario.calls()));
    QList<double> cpuStalls, wallStalls;
    for (const StallProbe::Stall &s : std::as_const(ours.stalls)) {
        if (s.cpuMs >= 1.0)
            cpuStalls.append(s.cpuMs);
        if (s.wallMs >= 1.0)
            wallStalls.append(s.wallMs);
    }
    stall.value = percentile(cpuStalls, 99);
    stall.unit = QStringLiteral("ms");
    stall.target = QStringLiteral("<= 50 ms");
    stall.met = stall.value <= 50;
    const auto over50 = [](const QList<double> &list) {
        return std::count_if(list.cbegin(), list.cend(), [](double ms) { return ms > 50; });
    };
    stall.note =
        QStringLiteral("of %1 main-thread event deliveries, %2 took >= 1 ms of CPU: longest %3 ms, %4 "
                       "over 50 ms; wall time (includes waiting for a loaded machine): p99 %5 ms, "
                       "longest %6 ms, %7 over 50 ms")
            .arg(count(ours.events), count(cpuStalls.size()))
            .arg(percentile(cpuStalls, 100), 0, 'f', 1)
            .arg(over50(cpuStalls))
            .arg(percentile(wallStalls, 99), 0, 'f', 1)
            .arg(percentile(wallStalls, 100), 0, 'f', 1)
            .arg(over50(wallStalls));
    results.append(stall);
    return results;
}

} // namespace cw::bench
