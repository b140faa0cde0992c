// Parsing (PayloadParser on the simulator's own bodies) and the item models (CallTableModel,
// CallFilterProxyModel) at 100,000 rows.
#include "benchcommon.h"

#include "callfilterproxymodel.h"
#include "calltablemodel.h"
#include "clock.h"
#include "payloadparser.h"
#include "sim/simapi.h"
#include "sim/simworld.h"

#include <QRandomGenerator>
#include <QUrlQuery>

namespace cw::bench {

namespace {

const QString kApiKey = QStringLiteral("bench-api-key");

QByteArray serve(sim::SimApi &api, const QString &path, const QString &key, const QString &value)
{
    QUrlQuery query;
    query.addQueryItem(key, value);
    return api.handle(QByteArrayLiteral("GET"), path, query, "Bearer " + kApiKey.toLatin1()).body;
}

// Parses `body` with `parse` until `budgetMs` have passed (and at least minIterations); payloads per second.
template<typename Parse>
Result parseRate(const QString &name, const QString &title, const QString &size, const QByteArray &body,
                 Parse parse, int budgetMs, int minIterations)
{
    if (!parse(body))
        return failure(name, title, size, QStringLiteral("the simulator's body does not parse"));
    qint64 iterations = 0;
    const Stopwatch timer;
    while (timer.wallMs() < budgetMs || iterations < minIterations) {
        if (!parse(body))
            return failure(name, title, size, QStringLiteral("parse failed"));
        ++iterations;
    }
    const double seconds = timer.wallMs() / 1000.0;
    const double cpuSeconds = timer.cpuMs() / 1000.0;
    Result result;
    result.name = name;
    result.title = title;
    result.size = size;
    result.value = double(iterations) / std::max(cpuSeconds, 1e-9);
    result.unit = QStringLiteral("payloads/s");
    result.note = QStringLiteral("%1 parses of %2 bytes in %3 s of CPU (%4 s wall: %5 payloads/s)")
                      .arg(iterations)
                      .arg(count(body.size()))
                      .arg(cpuSeconds, 0, 'f', 2)
                      .arg(seconds, 0, 'f', 2)
                      .arg(count(qRound64(double(iterations) / seconds)));
    return result;
}

// A row as a batch poll leaves it: the batch element's fields, and the element itself as `raw`.
CallSnapshot makeRow(int i, const QDateTime &base, QRandomGenerator &random)
{
    CallSnapshot call;
    call.callId = QStringLiteral("call_%1").arg(i, 7, 10, QLatin1Char('0'));
    call.batchId = QStringLiteral("batch_%1").arg(i / 5000, 3, 10, QLatin1Char('0'));
    call.phoneNumber = QStringLiteral("+1555%1").arg(random.bounded(10'000'000), 7, 10, QLatin1Char('0'));
    call.startTime = base.addSecs(i);
    const int pick = int(random.bounded(10));
    call.status = pick < 2   ? CallStatus::Scheduled
                  : pick < 3 ? CallStatus::Ongoing
                  : pick < 7 ? CallStatus::Completed
                  : pick < 9 ? CallStatus::Missed
                             : CallStatus::Failed;
    call.statusText = callStatusToString(call.status);
    if (call.isTerminal())
        call.duration = random.bounded(600);
    if (call.status == CallStatus::Completed)
        call.recordingUrl = QUrl(QStringLiteral("https://recordings.example.com/%1.mp3").arg(call.callId));
    if (call.status == CallStatus::Missed)
        call.error = pick == 7 ? QStringLiteral("NO_ANSWER") : QStringLiteral("BUSY");
    if (call.status == CallStatus::Failed)
        call.error = QStringLiteral("NETWORK_ERROR");
    call.source = SnapshotSource::BatchStatus;
    call.receivedAt = base.addSecs(100'000);
    call.raw = call.toJson();
    return call;
}

// CPU (the value reported) and wall times of repeated runs, in ms.
struct Samples
{
    QList<double> cpu, wall;
    void add(const Stopwatch &watch)
    {
        cpu.append(watch.cpuMs());
        wall.append(watch.wallMs());
    }
    double median() const { return percentile(cpu, 50); }
    QString describe() const
    {
        return QStringLiteral("CPU max %1 ms; wall median %2 ms, max %3 ms")
            .arg(percentile(cpu, 100), 0, 'f', 1)
            .arg(percentile(wall, 50), 0, 'f', 1)
            .arg(percentile(wall, 100), 0, 'f', 1);
    }
};

struct ModelCounters
{
    qint64 dataChanged = 0;
    qint64 resets = 0;
    qint64 layouts = 0;
    void watch(QAbstractItemModel *model, QObject *context)
    {
        QObject::connect(model, &QAbstractItemModel::dataChanged, context, [this] { ++dataChanged; });
        QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, context, [this] { ++resets; });
        QObject::connect(model, &QAbstractItemModel::layoutAboutToBeChanged, context, [this] { ++layouts; });
    }
};

} // namespace

Results benchParsing(const Options &options)
{
    const int batchSize = options.quick ? 1'000 : 10'000;
    const int budgetMs = options.quick ? 150 : 1'000;
    sim::SimConfig config;
    config.seed = 8;
    config.historyDays = 0;
    config.autoTraffic = false;
    config.apiKey = kApiKey;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    sim::SimWorld world(config, start);
    sim::BatchOptions batchOptions;
    batchOptions.dialSpacingMs = 200;
    const QString batchId = world.createBatch(batchSize, batchOptions);
    world.advanceTo(start.addSecs(3600)); // most calls ended (some waiting for a retry), some still live
    sim::SimApi api(world, kApiKey);

    QString completed;
    const QStringList ids = world.callIds();
    for (const QString &id : ids) {
        const auto call = world.call(id);
        if (call && call->status == sim::SimCallStatus::Completed) {
            completed = id;
            break;
        }
    }
    const QByteArray live =
        serve(api, QStringLiteral("/api/v1/status/call"), QStringLiteral("callId"), completed);
    const QByteArray persistent =
        serve(api, QStringLiteral("/api/v1/call/check-status"), QStringLiteral("callId"), completed);
    const QByteArray batch =
        serve(api, QStringLiteral("/api/v1/status/batch"), QStringLiteral("batchId"), batchId);

    Results results;
    results.append(parseRate(
        QStringLiteral("parse_live"), QStringLiteral("parse live status"),
        QStringLiteral("1 call (%1 B)").arg(live.size()), live,
        [](const QByteArray &body) { return PayloadParser::parseLiveStatus(body).ok(); }, budgetMs, 10));
    results.append(parseRate(
        QStringLiteral("parse_persistent"), QStringLiteral("parse persistent status"),
        QStringLiteral("1 call with transcript (%1 B)").arg(count(persistent.size())), persistent,
        [](const QByteArray &body) { return PayloadParser::parsePersistentStatus(body).ok(); }, budgetMs,
        10));
    Result batchResult = parseRate(
        QStringLiteral("parse_batch"), QStringLiteral("parse batch status body"),
        QStringLiteral("%1 calls (%2 B)").arg(count(batchSize), count(batch.size())), batch,
        [batchSize](const QByteArray &body) {
            const ParseResult<BatchCalls> parsed = PayloadParser::parseBatchStatus(body);
            return parsed.ok() && parsed.value().calls.size() == batchSize;
        },
        budgetMs, 3);
    if (batchResult.error.isEmpty()) {
        batchResult.note += QStringLiteral("; %1 calls/s, %2 ms per body")
                                .arg(count(qRound64(batchResult.value * batchSize)))
                                .arg(1000.0 / batchResult.value, 0, 'f', 1);
    }
    results.append(batchResult);
    return results;
}

Results benchModel(const Options &options)
{
    const int rows = options.quick ? 10'000 : 100'000;
    const int changes = rows / 10;
    const int repeats = options.quick ? 3 : 7;
    const QString size = QStringLiteral("%1 rows, %2 changed").arg(count(rows), count(changes));
    ManualClock clock;
    QRandomGenerator random(8);
    // Times as the payload parser gives them (UTC by offset, not by a QTimeZone object).
    const QDateTime base = clock.now().addDays(-1).toUTC();
    QList<CallSnapshot> all;
    all.reserve(rows);
    for (int i = 0; i < rows; ++i)
        all.append(makeRow(i, base, random));

    // Update round r: every 10th row (spread over the whole table, the hard case for coalescing) changes
    // status and duration, as a batch poll would report them.
    const auto changed = [&all, changes](int round) {
        QList<CallSnapshot> list;
        list.reserve(changes);
        for (int k = 0; k < changes; ++k) {
            CallSnapshot call = all.at(k * 10);
            const bool even = round % 2 == 0;
            call.status = even ? CallStatus::Ongoing : CallStatus::Completed;
            call.statusText = callStatusToString(call.status);
            call.duration = even ? std::optional<qint64>() : std::optional<qint64>(60 + round);
            call.receivedAt = call.receivedAt.addSecs(10 * (round + 1));
            call.raw = call.toJson();
            list.append(call);
        }
        return list;
    };
    // The bare model takes turns: even rounds as the tracker calls it (with the row it found for each
    // call while merging), odd rounds without, the model then looking each call up itself.
    QList<QList<CallSnapshot>> rounds;
    for (int r = 0; r < 2 * repeats; ++r)
        rounds.append(changed(r));
    const auto rowHints = [](const CallTableModel &model, const QList<CallSnapshot> &updates) {
        QList<int> hints;
        hints.reserve(updates.size());
        for (const CallSnapshot &call : updates)
            hints.append(model.rowOf(call.callId));
        return hints;
    };
    // The tracker hands the model a list it built for it and moves it in; so does each measured apply,
    // with a copy made before the clock starts.
    const auto ownCopy = [&rounds](int round) {
        QList<CallSnapshot> copy;
        copy.reserve(rounds.at(round).size());
        for (const CallSnapshot &call : rounds.at(round))
            copy.append(call);
        return copy;
    };

    Results results;
    QObject context;
    double insertMs = 0;
    // Bare model.
    Samples bareMs, unhintedMs;
    qint64 bareSignals = 0, bareResets = 0;
    {
        CallTableModel model(clock);
        ModelCounters counters;
        counters.watch(&model, &context);
        Stopwatch timer;
        model.upsert(all);
        insertMs = timer.cpuMs();
        for (int r = 0; r < 2 * repeats; ++r) {
            const qint64 before = counters.dataChanged;
            QList<CallSnapshot> updates = ownCopy(r);
            const bool hinted = r % 2 == 0;
            const QList<int> hints = hinted ? rowHints(model, updates) : QList<int>();
            timer.restart();
            const int touched =
                hinted ? model.upsert(std::move(updates), hints) : model.upsert(std::move(updates));
            (hinted ? bareMs : unhintedMs).add(timer);
            bareSignals = counters.dataChanged - before;
            if (touched != changes) {
                results.append(failure(QStringLiteral("model_apply"), QStringLiteral("apply updates (model)"),
                                       size, QStringLiteral("upsert changed %1 rows").arg(touched)));
                return results;
            }
        }
        bareResets = counters.resets;
    }
    // The same with the window's proxy on top (sorted by start time, newest first, dynamic sorting).
    Samples proxyMs;
    qint64 proxyResets = 0, proxyLayouts = 0;
    Samples sortMs, filterMs, maskMs;
    {
        CallTableModel model(clock);
        CallFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(CallTableModel::StartedColumn, Qt::DescendingOrder);
        ModelCounters source, proxied;
        source.watch(&model, &context);
        proxied.watch(&proxy, &context);
        model.upsert(all);
        Stopwatch timer;
        for (int r = 0; r < repeats; ++r) {
            QList<CallSnapshot> updates = ownCopy(r);
            const QList<int> hints = rowHints(model, updates);
            timer.restart();
            model.upsert(std::move(updates), hints);
            proxyMs.add(timer);
        }
        proxyResets = source.resets + proxied.resets;
        proxyLayouts = proxied.layouts;
        const int sortRepeats = options.quick ? 2 : 3;
        for (int r = 0; r < sortRepeats; ++r) {
            timer.restart();
            proxy.sort(CallTableModel::StatusColumn, Qt::AscendingOrder);
            sortMs.add(timer);
            timer.restart();
            proxy.sort(CallTableModel::StartedColumn, Qt::DescendingOrder);
            sortMs.add(timer);
        }
        for (int r = 0; r < sortRepeats; ++r) {
            timer.restart();
            proxy.setSearchText(QStringLiteral("+15550"));
            filterMs.add(timer);
            const int shown = proxy.rowCount();
            timer.restart();
            proxy.setSearchText(QString());
            filterMs.add(timer);
            if (shown <= 0 || shown >= rows || proxy.rowCount() != rows) {
                results.append(failure(QStringLiteral("proxy_filter"), QStringLiteral("re-filter (proxy)"),
                                       size, QStringLiteral("the filter did not filter")));
                return results;
            }
            timer.restart();
            proxy.setStatusVisible(CallStatus::Completed, false);
            maskMs.add(timer);
            timer.restart();
            proxy.setStatusVisible(CallStatus::Completed, true);
            maskMs.add(timer);
        }
    }

    Result apply;
    apply.name = QStringLiteral("model_apply");
    apply.title = QStringLiteral("apply updates (model)");
    apply.size = size;
    apply.value = bareMs.median();
    apply.unit = QStringLiteral("ms");
    apply.target = QStringLiteral("<= 10 ms");
    apply.met = apply.value <= 10;
    apply.note =
        QStringLiteral("%1 rounds with the tracker's row hints: %2; without (the model looks each call "
                       "up): median %3 ms CPU, %4; first insert of %5 rows took %6 ms CPU")
            .arg(repeats)
            .arg(bareMs.describe())
            .arg(unhintedMs.median(), 0, 'f', 1)
            .arg(unhintedMs.describe(), count(rows))
            .arg(insertMs, 0, 'f', 0);
    results.append(apply);

    Result withProxy = apply;
    withProxy.name = QStringLiteral("model_apply_proxy");
    withProxy.title = QStringLiteral("apply updates (model + sorted proxy)");
    withProxy.value = proxyMs.median();
    withProxy.met = withProxy.value <= 10;
    withProxy.note = QStringLiteral("%1 rounds: %2; proxy sorted by start time as in the window; %3 proxy "
                                    "layout changes")
                         .arg(repeats)
                         .arg(proxyMs.describe())
                         .arg(proxyLayouts);
    results.append(withProxy);

    Result signalCount;
    signalCount.name = QStringLiteral("model_apply_datachanged");
    signalCount.title = QStringLiteral("dataChanged signals per apply");
    signalCount.size = size;
    signalCount.value = double(bareSignals);
    signalCount.unit = QStringLiteral("signals");
    signalCount.note = QStringLiteral("changed rows are every 10th row: no two are adjacent");
    results.append(signalCount);

    Result resets;
    resets.name = QStringLiteral("model_apply_resets");
    resets.title = QStringLiteral("model resets during applies");
    resets.size = QStringLiteral("%1 applies").arg(3 * repeats);
    resets.value = double(bareResets + proxyResets);
    resets.unit = QStringLiteral("resets");
    resets.target = QStringLiteral("= 0");
    resets.met = resets.value == 0;
    results.append(resets);

    Result sort;
    sort.name = QStringLiteral("proxy_sort");
    sort.title = QStringLiteral("re-sort (proxy)");
    sort.size = QStringLiteral("%1 rows").arg(count(rows));
    sort.value = sortMs.median();
    sort.unit = QStringLiteral("ms");
    sort.note = QStringLiteral("column changes (status / start time): %1").arg(sortMs.describe());
    results.append(sort);

    Result filter;
    filter.name = QStringLiteral("proxy_filter");
    filter.title = QStringLiteral("re-filter (proxy, search text)");
    filter.size = QStringLiteral("%1 rows").arg(count(rows));
    filter.value = filterMs.median();
    filter.unit = QStringLiteral("ms");
    filter.note = QStringLiteral("search set / cleared: %1; a status toggle: median %2 ms CPU")
                      .arg(filterMs.describe())
                      .arg(maskMs.median(), 0, 'f', 1);
    results.append(filter);
    return results;
}

} // namespace cw::bench
