#include "trendmodel.h"

#include "csv.h"
#include "errorcodes.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <utility>
#include <vector>

namespace cw {

namespace {

constexpr qint64 kHourMs = 60 * 60 * 1000;
// Distinct raw error texts remembered with their code; beyond this the memo starts again.
constexpr qsizetype kMaxCachedErrors = 4096;

// A call's transitions as the model keeps them: time and status packed in one integer (ms * 8 + status),
// so ordering the integers orders by time. Times are within the range and its look-back.
using Point = qint64;
constexpr qint64 kStatusSlots = 8;
static_assert(int(CallStatus::Failed) < kStatusSlots);

Point pack(qint64 ms, CallStatus status)
{
    return ms * kStatusSlots + qint64(status);
}

qint64 timeOf(Point p)
{
    const qint64 q = p / kStatusSlots;
    return (p % kStatusSlots < 0) ? q - 1 : q; // floor, for times before 1970
}

CallStatus statusOf(Point p)
{
    return CallStatus(quint8(p - timeOf(p) * kStatusSlots));
}

// Oldest first; the same millisecond in the order they arrived.
using Points = QVarLengthArray<Point, 3>;

struct BucketData
{
    qint64 completed = 0;
    qint64 missed = 0;
    qint64 failed = 0;
    qint64 activeDelta = 0; // change of the active level within the bucket
    QHash<QString, qint64> failedByCode;
};

bool isActive(CallStatus status)
{
    return status == CallStatus::Scheduled || status == CallStatus::Ongoing;
}

// Most frequent first; ties alphabetical.
QList<QPair<QString, qint64>> sortedCounts(const QHash<QString, qint64> &counts)
{
    QList<QPair<QString, qint64>> list;
    list.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        if (a.second != b.second)
            return a.second > b.second;
        return a.first < b.first;
    });
    return list;
}

} // namespace

struct TrendModel::Impl
{
    std::vector<qint64> starts; // bucket starts, ms
    std::vector<qint64> ends;
    std::vector<BucketData> data;
    qint64 stateSinceMs = 0; // range start - look-back: older transitions are not counted at all
    qint64 lookbackMs = 0;   // the look-back of the last reload
    qint64 baseLevel = 0;    // active calls at the start of the first bucket
    mutable std::vector<qint64> levels;
    mutable bool levelsDirty = true;
    QHash<QString, Points> calls;
    QHash<QString, qint64> codeTotals;
    qint64 completed = 0;
    qint64 missed = 0;
    qint64 failed = 0;
    QHash<QString, QString> codeCache; // raw error text -> key of failedByCode

    void reset(const QList<Bucket> &buckets, qint64 lookback)
    {
        starts.clear();
        ends.clear();
        data.clear();
        appendBuckets(buckets, 0);
        lookbackMs = lookback;
        stateSinceMs = starts.empty() ? 0 : starts.front() - lookbackMs;
        baseLevel = 0;
        levelsDirty = true;
        calls.clear();
        codeTotals.clear();
        completed = missed = failed = 0;
    }

    void appendBuckets(const QList<Bucket> &buckets, qsizetype from)
    {
        for (qsizetype i = from; i < buckets.size(); ++i) {
            starts.push_back(buckets.at(i).start.toMSecsSinceEpoch());
            ends.push_back(buckets.at(i).end.toMSecsSinceEpoch());
            data.emplace_back();
        }
        levelsDirty = true;
    }

    // The bucket holding ms; -1 outside them. Buckets are contiguous.
    int indexOf(qint64 ms) const
    {
        if (starts.empty() || ms < starts.front() || ms >= ends.back())
            return -1;
        const auto after = std::upper_bound(starts.cbegin(), starts.cend(), ms);
        return int(std::distance(starts.cbegin(), after)) - 1;
    }

    QString codeFor(const QString &raw)
    {
        if (raw.isEmpty())
            return {};
        if (const auto it = codeCache.constFind(raw); it != codeCache.constEnd())
            return *it;
        QString code = normalizeErrorCode(raw);
        if (code.isEmpty())
            code = raw.trimmed(); // an undocumented code or text: shown as Dialgen sent it
        if (codeCache.size() >= kMaxCachedErrors)
            codeCache.clear();
        codeCache.insert(raw, code);
        return code;
    }

    // A change of the active level from instant ms on (before the first bucket: the starting level).
    void addActive(qint64 ms, qint64 delta)
    {
        if (delta == 0)
            return;
        if (ms < starts.front())
            baseLevel += delta;
        else
            data[std::size_t(indexOf(ms))].activeDelta += delta;
        levelsDirty = true;
    }

    // One transition, live or from the store, in any order. Returns whether any number shown changed.
    bool add(const QString &callId, qint64 atMs, CallStatus status, const QString &error)
    {
        if (starts.empty() || atMs >= ends.back() || atMs < stateSinceMs)
            return false;
        Points &points = calls[callId];
        // After every transition of the same millisecond or earlier.
        const Point point = pack(atMs, status);
        const auto after =
            std::upper_bound(points.cbegin(), points.cend(), atMs * kStatusSlots + (kStatusSlots - 1));
        for (auto it = after; it != points.cbegin() && timeOf(*(it - 1)) == atMs; --it) {
            if (*(it - 1) == point)
                return false; // a duplicate
        }
        const auto pos = std::distance(points.cbegin(), after);
        const bool hasPrevious = pos > 0;
        const bool hasNext = pos < points.size();
        const qint64 previous = hasPrevious && isActive(statusOf(points.at(pos - 1))) ? 1 : 0;
        const qint64 now = isActive(status) ? 1 : 0;
        // The call's state from this instant until its next transition (if any) is the new status.
        addActive(atMs, now - previous);
        if (hasNext)
            addActive(timeOf(points.at(pos)), previous - now);
        points.insert(pos, point);

        const bool counted = isTerminal(status) && atMs >= starts.front();
        if (counted) {
            BucketData &b = data[std::size_t(indexOf(atMs))];
            switch (status) {
            case CallStatus::Completed:
                ++b.completed;
                ++completed;
                break;
            case CallStatus::Missed:
                ++b.missed;
                ++missed;
                break;
            case CallStatus::Failed: {
                const QString code = codeFor(error);
                ++b.failedByCode[code];
                ++codeTotals[code];
                ++b.failed;
                ++failed;
                break;
            }
            default:
                break;
            }
        }
        return counted || now != previous;
    }

    const std::vector<qint64> &activeLevels() const
    {
        if (levelsDirty) {
            levels.resize(data.size());
            qint64 level = baseLevel;
            for (std::size_t i = 0; i < data.size(); ++i) {
                level += data[i].activeDelta;
                levels[i] = level;
            }
            levelsDirty = false;
        }
        return levels;
    }

    // Drops the first n buckets, folding their active changes into the base level.
    void dropFront(std::size_t n)
    {
        for (std::size_t i = 0; i < n; ++i) {
            const BucketData &b = data[i];
            baseLevel += b.activeDelta;
            completed -= b.completed;
            missed -= b.missed;
            failed -= b.failed;
            for (auto it = b.failedByCode.cbegin(); it != b.failedByCode.cend(); ++it) {
                const auto total = codeTotals.find(it.key());
                if (total == codeTotals.end())
                    continue;
                *total -= it.value();
                if (*total <= 0)
                    codeTotals.erase(total);
            }
        }
        const auto count = std::ptrdiff_t(n);
        starts.erase(starts.begin(), starts.begin() + count);
        ends.erase(ends.begin(), ends.begin() + count);
        data.erase(data.begin(), data.begin() + count);
        levelsDirty = true;
    }

    // After the first buckets dropped off: each call keeps its transitions from the new range start on
    // and the last one before it, if that is within the look-back. A call whose state at the range start
    // is older than the look-back no longer counts there; it counts again from its next transition.
    void prune()
    {
        const qint64 startMs = starts.front();
        stateSinceMs = startMs - lookbackMs;
        for (auto it = calls.begin(); it != calls.end();) {
            Points &points = *it;
            const auto first =
                std::distance(points.cbegin(), std::lower_bound(points.cbegin(), points.cend(),
                                                                pack(startMs, CallStatus::Unknown)));
            if (first > 0) {
                const Point before = points.at(first - 1);
                if (timeOf(before) < stateSinceMs) {
                    const qint64 active = isActive(statusOf(before)) ? 1 : 0;
                    baseLevel -= active;
                    if (first < points.size())
                        addActive(timeOf(points.at(first)), active);
                    points.remove(0, first);
                } else {
                    points.remove(0, first - 1);
                }
            }
            if (points.isEmpty())
                it = calls.erase(it);
            else
                ++it;
        }
        levelsDirty = true;
    }
};

TrendModel::TrendModel(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_impl(new Impl)
{
    m_loader.setMaxThreadCount(1);
    m_advanceTimer.setInterval(1000);
    connect(&m_advanceTimer, &QTimer::timeout, this, &TrendModel::advance);
    m_advanceTimer.start();
    m_notifyTimer.setSingleShot(true);
    m_notifyTimer.setInterval(250);
    connect(&m_notifyTimer, &QTimer::timeout, this, &TrendModel::updated);
    // The empty buckets of the default range, without a query (there is no store yet).
    m_buckets = bucketsFor(m_range, m_clock.now(), m_zone);
    resetCounts();
}

TrendModel::~TrendModel()
{
    // A load still running must not post its result to a model that is gone.
    if (m_loadCancel)
        m_loadCancel->store(true);
    m_loader.waitForDone();
    delete m_impl;
}

void TrendModel::resetCounts()
{
    m_impl->reset(m_buckets, qint64(qMax(0, m_activeLookbackHours)) * kHourMs);
}

void TrendModel::setStore(HistoryStore *store)
{
    m_store = store;
    reload();
}

void TrendModel::setRange(ChartRange range)
{
    if (range == m_range)
        return;
    m_range = range;
    reload();
}

void TrendModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    reload();
}

void TrendModel::setUpdateIntervalMs(int ms)
{
    m_notifyTimer.setInterval(qMax(0, ms));
}

int TrendModel::updateIntervalMs() const
{
    return m_notifyTimer.interval();
}

int TrendModel::trackedCallCount() const
{
    return int(m_impl->calls.size());
}

void TrendModel::scheduleUpdated()
{
    // Not restarted by later changes: a steady stream still gets one updated() per interval.
    if (!m_notifyTimer.isActive())
        m_notifyTimer.start();
}

void TrendModel::reload()
{
    ++m_reloadCount;
    m_buckets = bucketsFor(m_range, m_clock.now(), m_zone);
    resetCounts();
    cancelLoad();
    const QString path = m_background && m_store ? m_store->readerPath() : QString();
    if (!path.isEmpty() && !m_buckets.isEmpty()) {
        startLoad(path);
    } else if (m_store && !m_buckets.isEmpty()) {
        const QDateTime from = m_buckets.constFirst().start;
        Impl &impl = *m_impl;
        m_store->visitTransitionsBetween(from, m_buckets.constLast().end, from.addMSecs(-impl.lookbackMs),
                                         [&impl](const HistoryStore::TransitionRow &row) {
                                             impl.add(row.callId, row.atMs, row.status, row.error);
                                         });
    }
    if (m_loadCancel == nullptr) {
        setLoading(false);
        // Live transitions kept aside for a load that was given up: the counts just read include what
        // the store had; these may not be there yet.
        const QList<LiveTransition> live = std::exchange(m_liveDuringLoad, {});
        for (const LiveTransition &t : live)
            m_impl->add(t.callId, t.atMs, t.status, t.error);
    }
    Q_EMIT bucketsChanged();
    scheduleUpdated();
}

void TrendModel::cancelLoad()
{
    if (m_loadCancel)
        m_loadCancel->store(true);
    m_loadCancel.reset();
    ++m_loadGeneration; // a result already posted is dropped
}

void TrendModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void TrendModel::startLoad(const QString &path)
{
    // The worker fills counts of its own, set up for the same buckets, and hands them over whole.
    auto loaded = std::make_shared<Impl>();
    loaded->reset(m_buckets, m_impl->lookbackMs);
    const QDateTime from = m_buckets.constFirst().start;
    const QDateTime to = m_buckets.constLast().end;
    const QDateTime since = from.addMSecs(-m_impl->lookbackMs);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_loadCancel = cancel;
    const quint64 generation = ++m_loadGeneration;
    setLoading(true);
    m_loader.start([this, loaded, path, from, to, since, cancel, generation] {
        Impl &impl = *loaded;
        const bool ok = HistoryStore::readTransitionsBetween(
            path, from, to, since,
            [&impl](const HistoryStore::TransitionRow &row) {
                impl.add(row.callId, row.atMs, row.status, row.error);
            },
            cancel.get());
        if (cancel->load())
            return;
        // Queued to the model's thread; dropped with the event if the model goes first (the destructor
        // waits for this task, so `this` is alive while it is posted).
        QMetaObject::invokeMethod(
            this, [this, loaded, ok, generation] { finishLoad(loaded, ok, generation); },
            Qt::QueuedConnection);
    });
}

void TrendModel::finishLoad(const std::shared_ptr<Impl> &loaded, bool ok, quint64 generation)
{
    if (generation != m_loadGeneration || !m_loading)
        return; // a later reload started meanwhile
    m_loadCancel.reset();
    Impl &impl = *m_impl;
    impl = std::move(*loaded);
    if (!ok && m_store && !m_buckets.isEmpty()) {
        // The worker could not read the file: read it here, through the store.
        qWarning("TrendModel: the background read of the history failed; reading it on this thread");
        impl.reset(m_buckets, impl.lookbackMs);
        const QDateTime from = m_buckets.constFirst().start;
        m_store->visitTransitionsBetween(from, m_buckets.constLast().end, from.addMSecs(-impl.lookbackMs),
                                         [&impl](const HistoryStore::TransitionRow &row) {
                                             impl.add(row.callId, row.atMs, row.status, row.error);
                                         });
    }
    const QList<LiveTransition> live = std::exchange(m_liveDuringLoad, {});
    for (const LiveTransition &t : live)
        impl.add(t.callId, t.atMs, t.status, t.error);
    setLoading(false);
    Q_EMIT bucketsChanged();
    scheduleUpdated();
}

void TrendModel::addTransitions(const QList<HistoryStore::Transition> &transitions)
{
    if (transitions.isEmpty())
        return;
    // A transition of the minute that has just begun belongs in a bucket the timer has not added yet.
    if (!m_impl->ends.empty() && m_clock.now().toMSecsSinceEpoch() >= m_impl->ends.back())
        advance();
    if (m_loading) {
        // Counted on top of the loaded counts once they arrive.
        for (const HistoryStore::Transition &t : transitions) {
            if (t.at.isValid())
                m_liveDuringLoad.append({t.callId, t.at.toMSecsSinceEpoch(), t.status, t.error});
        }
        return;
    }
    bool changed = false;
    for (const HistoryStore::Transition &t : transitions) {
        if (!t.at.isValid())
            continue;
        changed |= m_impl->add(t.callId, t.at.toMSecsSinceEpoch(), t.status, t.error);
    }
    if (changed)
        scheduleUpdated();
}

bool TrendModel::rollTo(const QList<Bucket> &buckets)
{
    Impl &impl = *m_impl;
    if (buckets.isEmpty() || impl.starts.empty())
        return false;
    const qint64 firstStart = buckets.constFirst().start.toMSecsSinceEpoch();
    const auto found = std::lower_bound(impl.starts.cbegin(), impl.starts.cend(), firstStart);
    if (found == impl.starts.cend() || *found != firstStart)
        return false;
    const auto drop = std::size_t(std::distance(impl.starts.cbegin(), found));
    const std::size_t overlap = impl.starts.size() - drop;
    if (overlap > std::size_t(buckets.size()))
        return false;
    for (std::size_t k = 0; k < overlap; ++k) {
        const Bucket &bucket = buckets.at(qsizetype(k));
        if (bucket.start.toMSecsSinceEpoch() != impl.starts[drop + k] ||
            bucket.end.toMSecsSinceEpoch() != impl.ends[drop + k]) {
            return false;
        }
    }
    impl.dropFront(drop);
    impl.appendBuckets(buckets, qsizetype(overlap));
    impl.prune();
    m_buckets = buckets;
    return true;
}

void TrendModel::advance()
{
    const QDateTime now = m_clock.now();
    if (!now.isValid())
        return;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (!m_impl->starts.empty() && nowMs >= m_impl->starts.back() && nowMs < m_impl->ends.back())
        return;
    const QList<Bucket> next = bucketsFor(m_range, now, m_zone);
    const bool same =
        next.size() == m_buckets.size() &&
        std::equal(next.cbegin(), next.cend(), m_buckets.cbegin(),
                   [](const Bucket &a, const Bucket &b) { return a.start == b.start && a.end == b.end; });
    if (same)
        return;
    if (m_loading || !rollTo(next)) {
        // (While loading, the counts being read are for the old buckets: read again for the new ones.)
        reload();
        return;
    }
    Q_EMIT bucketsChanged();
    scheduleUpdated();
}

qint64 TrendModel::count(int bucket, CallStatus status) const
{
    if (bucket < 0 || bucket >= bucketCount())
        return 0;
    const BucketData &b = m_impl->data[std::size_t(bucket)];
    switch (status) {
    case CallStatus::Completed:
        return b.completed;
    case CallStatus::Missed:
        return b.missed;
    case CallStatus::Failed:
        return b.failed;
    case CallStatus::Unknown:
    case CallStatus::Scheduled:
    case CallStatus::Ongoing:
        break;
    }
    return 0;
}

qint64 TrendModel::active(int bucket) const
{
    if (bucket < 0 || bucket >= bucketCount())
        return 0;
    return m_impl->activeLevels()[std::size_t(bucket)];
}

qint64 TrendModel::failedWithCode(int bucket, const QString &code) const
{
    if (bucket < 0 || bucket >= bucketCount())
        return 0;
    return m_impl->data[std::size_t(bucket)].failedByCode.value(code);
}

QStringList TrendModel::errorCodes() const
{
    QStringList codes;
    const QList<QPair<QString, qint64>> sorted = sortedCounts(m_impl->codeTotals);
    codes.reserve(sorted.size());
    for (const auto &entry : sorted)
        codes.append(entry.first);
    return codes;
}

QList<QPair<QString, qint64>> TrendModel::errorCodeCounts(int bucket) const
{
    if (bucket < 0 || bucket >= bucketCount())
        return {};
    return sortedCounts(m_impl->data[std::size_t(bucket)].failedByCode);
}

QString TrendModel::label(int bucket) const
{
    if (bucket < 0 || bucket >= bucketCount())
        return {};
    return bucketLabel(m_buckets.at(bucket), m_range, m_zone, m_locale);
}

qint64 TrendModel::total(CallStatus status) const
{
    switch (status) {
    case CallStatus::Completed:
        return m_impl->completed;
    case CallStatus::Missed:
        return m_impl->missed;
    case CallStatus::Failed:
        return m_impl->failed;
    case CallStatus::Unknown:
    case CallStatus::Scheduled:
    case CallStatus::Ongoing:
        break;
    }
    return 0;
}

qint64 TrendModel::maxStackedTotal() const
{
    qint64 most = 0;
    for (const BucketData &b : m_impl->data)
        most = qMax(most, b.completed + b.missed + b.failed);
    return most;
}

double TrendModel::connectRate(int bucket) const
{
    if (bucket < 0 || bucket >= bucketCount())
        return -1;
    const BucketData &b = m_impl->data[std::size_t(bucket)];
    const qint64 ended = b.completed + b.missed + b.failed;
    return ended == 0 ? -1.0 : 100.0 * double(b.completed) / double(ended);
}

QString TrendModel::toCsv() const
{
    const QStringList codes = errorCodes();
    QStringList header = {QStringLiteral("start"),     QStringLiteral("end"),    QStringLiteral("label"),
                          QStringLiteral("completed"), QStringLiteral("missed"), QStringLiteral("failed"),
                          QStringLiteral("active")};
    for (const QString &code : codes)
        header.append(QLatin1String("failed:") + code);
    QList<QStringList> rows;
    rows.reserve(m_buckets.size());
    for (int i = 0; i < bucketCount(); ++i) {
        const Bucket &bucket = m_buckets.at(i);
        QStringList row = {bucket.start.toUTC().toString(Qt::ISODate),
                           bucket.end.toUTC().toString(Qt::ISODate),
                           label(i),
                           QString::number(count(i, CallStatus::Completed)),
                           QString::number(count(i, CallStatus::Missed)),
                           QString::number(count(i, CallStatus::Failed)),
                           QString::number(active(i))};
        for (const QString &code : codes)
            row.append(QString::number(failedWithCode(i, code)));
        rows.append(std::move(row));
    }
    // writeCsv() quotes (RFC 4180) and guards against formulas; its byte-order mark is for files.
    QByteArray bytes = writeCsv(header, rows);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return QString::fromUtf8(bytes);
}

} // namespace cw
