// History store writes, start-up to a painted window with a big history (in a fresh child process), and
// the 30-day chart (TrendModel + TrendChart) on the same history.
#include "benchcommon.h"

#include "calltablemodel.h"
#include "historystore.h"
#include "mainwindow.h"
#include "session.h"
#include "settings.h"
#include "trendchart.h"
#include "trendmodel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QJsonDocument>
#include <QPaintEvent>
#include <QRandomGenerator>
#include <QSettings>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace cw::bench {

namespace {

const QStringList kErrors{QStringLiteral("BUSY"), QStringLiteral("NO_ANSWER"),
                          QStringLiteral("NETWORK_ERROR"), QStringLiteral("INVALID_NUMBER"),
                          QStringLiteral("Call was not answered")};

HistoryStore::Transition transition(const QString &id, qint64 atMs, CallStatus status,
                                    const QString &error = {})
{
    HistoryStore::Transition t;
    t.callId = id;
    t.at = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc());
    t.source = HistoryStore::SourcePoll;
    t.status = status;
    t.error = error;
    return t;
}

struct BuiltHistory
{
    qint64 transitions = 0;
    int calls = 0;
    int tracked = 0;
    double buildMs = 0;
    QString error;
};

// A month of history: `total` transitions (SCHEDULED, ONGOING, an end) of total/3 calls spread over the last
// 30 days, written through HistoryStore in big batches (50,000 transitions each); the newest `tracked`
// calls are tracked, with a last snapshot each (what start-up restores).
BuiltHistory buildHistory(const QString &directory, qint64 total, int tracked)
{
    BuiltHistory built;
    QElapsedTimer timer;
    timer.start();
    HistoryStore store;
    if (!store.open(directory)) {
        built.error = QStringLiteral("cannot open a history in %1: %2").arg(directory, store.problem());
        return built;
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch() - 60'000;
    const qint64 fromMs = nowMs - 30LL * 24 * 3600 * 1000;
    const int calls = int((total + 2) / 3);
    const qint64 spacingMs = (nowMs - fromMs - 1'300'000) / calls;
    QRandomGenerator random(2026);
    HistoryStore::WriteBatch batch;
    for (int c = 0; c < calls; ++c) {
        const QString id = QStringLiteral("call_%1").arg(c, 7, 10, QLatin1Char('0'));
        qint64 t = fromMs + c * spacingMs + random.bounded(60'000);
        const qint64 left = total - built.transitions - batch.transitions.size();
        batch.transitions.append(transition(id, t, CallStatus::Scheduled));
        if (left > 1) {
            t += 1 + random.bounded(600'000);
            batch.transitions.append(transition(id, t, CallStatus::Ongoing));
        }
        CallStatus last = CallStatus::Ongoing;
        QString error;
        if (left > 2) {
            t += 1 + random.bounded(600'000);
            const int end = int(random.bounded(3));
            last = end == 0 ? CallStatus::Completed : (end == 1 ? CallStatus::Missed : CallStatus::Failed);
            if (end == 2)
                error = kErrors.at(int(random.bounded(int(kErrors.size()))));
            batch.transitions.append(transition(id, t, last, error));
        }
        if (c >= calls - tracked) {
            CallSnapshot snapshot;
            snapshot.callId = id;
            snapshot.batchId = QStringLiteral("batch_%1").arg(c / 5000);
            snapshot.status = last;
            snapshot.statusText = callStatusToString(last);
            snapshot.startTime = QDateTime::fromMSecsSinceEpoch(t - 60'000, QTimeZone::utc());
            snapshot.phoneNumber = QStringLiteral("+1555%1").arg(c % 10'000'000, 7, 10, QLatin1Char('0'));
            snapshot.error = error;
            if (isTerminal(last))
                snapshot.duration = 60;
            snapshot.source = SnapshotSource::BatchStatus;
            snapshot.receivedAt = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc());
            snapshot.raw = snapshot.toJson();
            batch.trackCalls.append({id, QString()});
            batch.snapshots.append(snapshot);
        }
        if (batch.transitions.size() >= 50'000 || c == calls - 1) {
            built.transitions += batch.transitions.size();
            if (!store.write(batch)) {
                built.error = QStringLiteral("writing the history failed: %1").arg(store.lastError());
                return built;
            }
            batch = {};
        }
    }
    store.close();
    built.calls = calls;
    built.tracked = tracked;
    built.buildMs = double(timer.nsecsElapsed()) / 1e6;
    return built;
}

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Notes the first paint of any widget of `window`.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window)
        : m_window(window)
    {}
    qint64 paintedNs = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (paintedNs == 0 && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            paintedNs = steadyNs();
            QTimer::singleShot(0, qApp, [] { QCoreApplication::quit(); });
        }
        return false;
    }

private:
    QWidget *m_window;
};

void printJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// Spins the event loop until `done()` or `timeoutMs` have passed; returns done().
template<typename Done>
bool waitUntil(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        waitForEvents(10);
    return done();
}

} // namespace

int childStartup(const QString &directory, int argc, char *argv[], qint64 mainStartedNs)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("callwatch-bench-startup"));
    QCoreApplication::setOrganizationName(QStringLiteral("CallWatch"));
    const qint64 appNs = steadyNs();
    // A fresh profile whose chart shows the last 30 days (the largest range).
    Settings settings(std::make_unique<QSettings>(QDir(directory).filePath(QStringLiteral("settings.ini")),
                                                  QSettings::IniFormat));
    settings.setValue(SettingKey::ChartRange, QStringLiteral("month"));

    Session session{ClientConfig{}};
    session.openHistory(directory);
    const qint64 historyNs = steadyNs();
    MainWindow window(session.model(), session.tracker());
    window.setSettings(&settings);
    window.setHistory(session.history());
    const qint64 windowNs = steadyNs();
    FirstPaint watcher(&window);
    app.installEventFilter(&watcher);
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(120'000, &app, [] { QCoreApplication::exit(3); });
    const int code = app.exec();
    if (code != 0 || watcher.paintedNs == 0) {
        log(QStringLiteral("start-up child: no paint event"));
        return 1;
    }
    const auto ms = [](qint64 fromNs, qint64 toNs) {
        return double(toNs - fromNs) / 1e6;
    };
    printJson(QJsonObject{
        {QStringLiteral("totalMs"), ms(mainStartedNs, watcher.paintedNs)},
        {QStringLiteral("applicationMs"), ms(mainStartedNs, appNs)},
        {QStringLiteral("historyMs"), ms(appNs, historyNs)},
        {QStringLiteral("windowMs"), ms(historyNs, windowNs)},
        {QStringLiteral("paintMs"), ms(windowNs, watcher.paintedNs)},
        {QStringLiteral("rows"), session.model()->rowCount()},
        {QStringLiteral("processCpuMs"), double(processCpuNs()) / 1e6},
        {QStringLiteral("persistent"), session.history()->isPersistent()},
    });
    return 0;
}

Results benchHistory(const Options &options)
{
    Results results;

    // --- transitions written per second: batches of 1,000 (a busy poll cycle) ---
    {
        const int total = options.quick ? 10'000 : 200'000;
        const int perWrite = 1'000;
        const QString size =
            QStringLiteral("%1 transitions, %2 per write").arg(count(total), count(perWrite));
        HistoryStore store;
        const QString directory = QDir(options.workDir).filePath(QStringLiteral("writes"));
        if (!store.open(directory)) {
            results.append(failure(QStringLiteral("history_write"),
                                   QStringLiteral("history: transitions written"), size, store.problem()));
        } else {
            const qint64 baseMs = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
            QList<HistoryStore::WriteBatch> batches;
            for (int w = 0; w < total / perWrite; ++w) {
                HistoryStore::WriteBatch batch;
                for (int i = 0; i < perWrite; ++i) {
                    const int n = w * perWrite + i;
                    batch.transitions.append(
                        transition(QStringLiteral("call_%1").arg(n / 3, 7, 10, QLatin1Char('0')), baseMs + n,
                                   CallStatus(1 + n % 5)));
                }
                batches.append(batch);
            }
            QElapsedTimer timer;
            timer.start();
            bool ok = true;
            for (const HistoryStore::WriteBatch &batch : std::as_const(batches))
                ok = store.write(batch) && ok;
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            if (!ok) {
                results.append(failure(QStringLiteral("history_write"),
                                       QStringLiteral("history: transitions written"), size,
                                       store.lastError()));
            } else {
                Result write;
                write.name = QStringLiteral("history_write");
                write.title = QStringLiteral("history: transitions written");
                write.size = size;
                write.value = double(total) / seconds;
                write.unit = QStringLiteral("transitions/s");
                write.note = QStringLiteral("%1 transactions in %2 s (WAL, synchronous=NORMAL)")
                                 .arg(total / perWrite)
                                 .arg(seconds, 0, 'f', 2);
                results.append(write);
            }
        }
    }

    // --- start-up with a big history ---
    const qint64 total = options.quick ? 20'000 : 1'000'000;
    const int tracked = options.quick ? 1'000 : 10'000;
    const QString directory = QDir(options.workDir).filePath(QStringLiteral("startup"));
    QDir().mkpath(directory);
    log(QStringLiteral("   building a history of %1 transitions").arg(count(total)));
    const BuiltHistory built = buildHistory(directory, total, tracked);
    const QString size = QStringLiteral("%1 transitions, %2 calls, %3 tracked")
                             .arg(count(built.transitions), count(built.calls), count(tracked));
    if (!built.error.isEmpty()) {
        results.append(failure(QStringLiteral("startup"), QStringLiteral("start-up to a painted window"),
                               size, built.error));
        results.append(failure(QStringLiteral("chart_refresh_live"), QStringLiteral("chart refresh"), size,
                               built.error));
        results.append(
            failure(QStringLiteral("chart_reload"), QStringLiteral("chart reload"), size, built.error));
        return results;
    }
    {
        const int runs = options.quick ? 1 : 3;
        QList<double> totals;
        QJsonObject last;
        QString error;
        for (int r = 0; r < runs && error.isEmpty(); ++r) {
            last = runChild(options, {QStringLiteral("--child-startup"), directory}, 300'000, &error);
            if (error.isEmpty())
                totals.append(last.value(QStringLiteral("totalMs")).toDouble());
        }
        if (!error.isEmpty()) {
            results.append(failure(QStringLiteral("startup"), QStringLiteral("start-up to a painted window"),
                                   size, error));
        } else {
            Result startup;
            startup.name = QStringLiteral("startup");
            startup.title = QStringLiteral("start-up to a painted window");
            startup.size = size;
            startup.value = percentile(totals, 50);
            startup.unit = QStringLiteral("ms");
            startup.target = QStringLiteral("< 1000 ms");
            startup.met = startup.value < 1000;
            startup.note =
                QStringLiteral(
                    "median of %1 fresh processes, 30-day chart; last run: QApplication %2 ms, history "
                    "open + restore %3 ms, window %4 ms, show to first paint %5 ms, %6 rows restored, "
                    "process CPU %8 ms; history built in %7 s")
                    .arg(runs)
                    .arg(last.value(QStringLiteral("applicationMs")).toDouble(), 0, 'f', 0)
                    .arg(last.value(QStringLiteral("historyMs")).toDouble(), 0, 'f', 0)
                    .arg(last.value(QStringLiteral("windowMs")).toDouble(), 0, 'f', 0)
                    .arg(last.value(QStringLiteral("paintMs")).toDouble(), 0, 'f', 0)
                    .arg(last.value(QStringLiteral("rows")).toInt())
                    .arg(built.buildMs / 1000.0, 0, 'f', 1)
                    .arg(last.value(QStringLiteral("processCpuMs")).toDouble(), 0, 'f', 0);
            results.append(startup);
        }
    }

    // --- the main window's 30-day chart, on the same history ---
    {
        // As the app runs it: whatever the window sets up for its chart (a background load, say) is measured.
        Settings settings(std::make_unique<QSettings>(
            QDir(options.workDir).filePath(QStringLiteral("chart-settings.ini")), QSettings::IniFormat));
        settings.setValue(SettingKey::ChartRange, QStringLiteral("month"));
        Session session{ClientConfig{}};
        session.openHistory(directory);
        MainWindow window(session.model(), session.tracker());
        window.setSettings(&settings);
        window.setHistory(session.history());
        window.resize(1280, 800);
        window.show();
        window.trendDock()->show();
        TrendModel &model = *window.trendModel();
        TrendChart &chart = *window.trendChart();
        const auto endedCalls = [&model] {
            qint64 ended = 0;
            for (const CallStatus status : {CallStatus::Completed, CallStatus::Missed, CallStatus::Failed})
                ended += model.total(status);
            return ended;
        };
        // The window's own first load (at once, or later when it loads in the background).
        bool ok = waitUntil([&] { return endedCalls() > 0; }, 120'000);

        QList<double> reloadMs, reloadOnlyMs, reloadWallMs;
        const int reloads = options.quick ? 1 : 3;
        Stopwatch timer;
        for (int r = 0; r < reloads && ok; ++r) {
            timer.restart();
            model.reload(); // synchronous: counted on return; in the background: counts arrive later
            ok = waitUntil([&] { return endedCalls() > 0; }, 120'000);
            reloadOnlyMs.append(timer.cpuMs());
            chart.refreshNow();
            QCoreApplication::processEvents();
            reloadMs.append(timer.cpuMs());
            reloadWallMs.append(timer.wallMs());
        }
        const qint64 ended = endedCalls();
        const QString chartSize = QStringLiteral("30 days, %1 buckets, %2 transitions stored")
                                      .arg(model.bucketCount())
                                      .arg(count(built.transitions));
        if (!ok || ended == 0) {
            const QString error = QStringLiteral("the chart counted nothing within 120 s");
            results.append(failure(QStringLiteral("chart_refresh_live"),
                                   QStringLiteral("chart refresh (live)"), chartSize, error));
            results.append(
                failure(QStringLiteral("chart_reload"), QStringLiteral("chart reload"), chartSize, error));
            return results;
        }
        // Live updates: a few transitions arrive (as from CallTracker::transitionsRecorded), the chart
        // redraws.
        const int samples = options.quick ? 5 : 30;
        QList<double> liveMs, liveWallMs;
        const int refillsBefore = chart.refillCount();
        for (int i = 0; i < samples; ++i) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const QString id = QStringLiteral("live_%1").arg(i);
            model.addTransitions({transition(id, now - 2'000, CallStatus::Ongoing),
                                  transition(id, now - 1'000, CallStatus::Completed)});
            timer.restart();
            chart.refreshNow();
            QCoreApplication::processEvents(); // the scene's queued updates and the repaint
            liveMs.append(timer.cpuMs());
            liveWallMs.append(timer.wallMs());
        }
        Result live;
        live.name = QStringLiteral("chart_refresh_live");
        live.title = QStringLiteral("chart: 30-day refresh after a live update");
        live.size = chartSize;
        live.value = percentile(liveMs, 50);
        live.unit = QStringLiteral("ms");
        live.target = QStringLiteral("< 10 ms");
        live.met = live.value < 10;
        live.note = QStringLiteral(
                        "median main-thread CPU of %1 refreshes (refill + repaint), max %2 ms; wall median "
                        "%5 ms; %3 refills; %4 ended calls in the range")
                        .arg(samples)
                        .arg(percentile(liveMs, 100), 0, 'f', 1)
                        .arg(chart.refillCount() - refillsBefore)
                        .arg(count(ended))
                        .arg(percentile(liveWallMs, 50), 0, 'f', 1);
        results.append(live);

        Result reload;
        reload.name = QStringLiteral("chart_reload");
        reload.title = QStringLiteral("chart: 30-day full reload");
        reload.size = chartSize;
        reload.value = percentile(reloadMs, 50);
        reload.unit = QStringLiteral("ms");
        reload.note =
            QStringLiteral("median main-thread CPU of %1 (store read and count %2 ms, then refill + "
                           "repaint); wall median %4 ms (a background load included); %3 calls kept "
                           "by the model")
                .arg(reloads)
                .arg(percentile(reloadOnlyMs, 50), 0, 'f', 0)
                .arg(count(model.trackedCallCount()))
                .arg(percentile(reloadWallMs, 50), 0, 'f', 0);
        results.append(reload);
    }
    return results;
}

} // namespace cw::bench
