#pragma once

#include "callstatus.h"
#include "clock.h"
#include "historystore.h"
#include "timebuckets.h"

#include <QList>
#include <QLocale>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>

#include <atomic>
#include <memory>

namespace cw {

// The numbers behind a chart (and the wallboard's "today" tiles): per time bucket of one ChartRange, the
// calls that ended COMPLETED / MISSED / FAILED, the failures by error code, and the number of active calls
// (SCHEDULED + ONGOING) at the end of each bucket. No widgets: the chart widget and the wallboard read it.
//
// Data comes from the history store (reload(): one query for the range) and then live, from
// CallTracker::transitionsRecorded (addTransitions()), without going back to the store. As time passes,
// advance() (called by an internal 1 s timer, or by tests with a ManualClock) rolls the buckets forward:
// new buckets appear at the end, old ones drop off the front, the counts of the buckets that remain are
// kept. A change of range or time zone, or a roll-over that cannot be done in place (a DST change
// reshaping the buckets), reloads.
//
// Background loading (setBackgroundLoading(true), what the main window uses): reload() then reads the store
// in a worker thread, on a connection of its own (HistoryStore::readTransitionsBetween()), and the GUI
// thread only swaps the finished counts in: a month of a million transitions costs it no stall. Meanwhile
// isLoading() is true (loadingChanged()), the buckets are there with zero counts, and live transitions
// (addTransitions()) are kept aside and applied on top of the loaded counts when they arrive; one that the
// worker also read from the store is a duplicate (same call, time and status) and counts once. A reload,
// range or zone change during a load starts the load again (the old one is cancelled and its result
// dropped). Without a file to read from (no store, a store in memory) reload() reads synchronously, as it
// does by default. If the worker cannot read the file, the GUI thread reads it through the store.
//
// Notifications are coalesced: updated() at most once per updateIntervalMs() (default 250 ms) however many
// transitions arrive, bucketsChanged() when the bucket list itself changes (range, zone, reload, roll), at
// once and followed by updated() like any other change.
//
// Failures by error code: error texts go through normalizeErrorCode(); an empty code counts as "" (shown
// as "No code"), text that is no documented code counts as itself (trimmed). errorCodes() lists the codes
// of the whole range, most frequent first.
//
// Active calls: a call counts as active at instant t when its last transition at or before t is SCHEDULED
// or ONGOING. A call whose last transition before the range start is older than activeLookbackHours()
// before the range start does not count until its next transition (a call stuck for days is not "active"
// on the chart).
//
// Live details:
// - Per call the model keeps the (time, status) of its transitions in the range, and the last one before
//   the range start within the look-back (8 bytes each); as the buckets roll forward, what falls out of
//   them is forgotten, so memory follows what the range holds. Live counts thus stay exactly what reload()
//   would count from the same transitions, also when they arrive late or out of order: a transition
//   older than the call's last known one takes its place in the call's history (it counts as an end in
//   its bucket, and sets the call's state only until the call's next transition).
// - A transition equal to one the call already has (same time and status) is a duplicate and counts
//   once; reload() applies the same rule to the rows of the store.
// - A transition before the first bucket changes no count; one within the look-back only updates the
//   call's state at the range start. Transitions at or after the end of the last bucket are ignored.
class TrendModel : public QObject
{
    Q_OBJECT
public:
    explicit TrendModel(const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~TrendModel() override;

    void setStore(HistoryStore *store); // may be null: counts only what addTransitions() brings
    HistoryStore *store() const { return m_store; }

    void setRange(ChartRange range); // reloads (when the range changes)
    ChartRange range() const { return m_range; }
    void setTimeZone(const QTimeZone &zone); // reloads (when the zone changes)
    QTimeZone timeZone() const { return m_zone; }
    void setLocale(const QLocale &locale) { m_locale = locale; }
    void setUpdateIntervalMs(int ms);
    int updateIntervalMs() const;
    // Takes effect at the next reload().
    void setActiveLookbackHours(int hours) { m_activeLookbackHours = hours; }
    int activeLookbackHours() const { return m_activeLookbackHours; }

    // Off by default (reload() reads synchronously); see the class comment.
    void setBackgroundLoading(bool background) { m_background = background; }
    bool backgroundLoading() const { return m_background; }
    // True while a background load runs (the counts are not there yet).
    bool isLoading() const { return m_loading; }

    // Rebuilds everything from the store for the current range (also when no store: empties the counts).
    void reload();
    // Live status changes (CallTracker::transitionsRecorded). Transitions outside the buckets are ignored.
    void addTransitions(const QList<HistoryStore::Transition> &transitions);
    // Rolls the buckets forward to clock.now() (no-op when the last bucket still contains now).
    void advance();

    // --- the data (index = bucket, oldest first) ---
    const QList<Bucket> &buckets() const { return m_buckets; }
    int bucketCount() const { return int(m_buckets.size()); }
    qint64 count(int bucket, CallStatus status) const; // Completed, Missed, Failed; 0 for others
    qint64 active(int bucket) const;                   // active calls at the end of the bucket (or now)
    qint64 failedWithCode(int bucket, const QString &code) const;
    QStringList errorCodes() const; // of the whole range, most frequent first (ties: alphabetical)
    // Error codes of failures in one bucket, most frequent first.
    QList<QPair<QString, qint64>> errorCodeCounts(int bucket) const;
    QString label(int bucket) const; // bucketLabel() in the model's zone and locale
    // Sums over the whole range.
    qint64 total(CallStatus status) const;
    qint64 maxStackedTotal() const; // the largest completed + missed + failed of one bucket
    // completed / (completed + missed + failed) of a bucket in %, -1 when nothing ended in it.
    double connectRate(int bucket) const;

    // "start,end,label,completed,missed,failed,active,failed:<code>..." with ISO 8601 UTC times, one line
    // per bucket, RFC 4180 quoting (error codes are text from the server), CRLF line ends, through
    // writeCsv() (formula guard included) but without its byte-order mark: add one when writing a file.
    QString toCsv() const;

    // How many times reload() ran (queries of the store), for tests and benchmarks.
    int reloadCount() const { return m_reloadCount; }
    // How many calls the model keeps state for (the memory it holds), for tests and benchmarks.
    int trackedCallCount() const;

Q_SIGNALS:
    void bucketsChanged();
    void updated();
    // A background load started (true) or finished (false; bucketsChanged() and updated() follow).
    void loadingChanged(bool loading);

private:
    struct Impl;
    struct LiveTransition
    {
        QString callId;
        qint64 atMs = 0;
        CallStatus status = CallStatus::Unknown;
        QString error;
    };
    void startLoad(const QString &path);
    void finishLoad(const std::shared_ptr<Impl> &loaded, bool ok, quint64 generation);
    void cancelLoad();
    void setLoading(bool loading);
    void resetCounts();
    bool rollTo(const QList<Bucket> &buckets); // false: the new buckets do not line up, reload instead
    void scheduleUpdated();
    const Clock &m_clock;
    QPointer<HistoryStore> m_store;
    ChartRange m_range = ChartRange::Last24Hours;
    QTimeZone m_zone = QTimeZone::utc();
    QLocale m_locale;
    int m_activeLookbackHours = 24;
    int m_reloadCount = 0;
    QList<Bucket> m_buckets;
    QTimer m_advanceTimer;
    QTimer m_notifyTimer;
    struct Impl *m_impl = nullptr; // counts, per-call state; owned
    bool m_background = false;
    bool m_loading = false;
    quint64 m_loadGeneration = 0; // the load whose result is awaited
    std::shared_ptr<std::atomic<bool>> m_loadCancel;
    QList<LiveTransition> m_liveDuringLoad; // addTransitions() while loading, applied when it finishes
    QThreadPool m_loader;                   // one worker; waited for in the destructor
};

} // namespace cw
