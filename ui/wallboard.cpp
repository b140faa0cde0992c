#include "wallboard.h"

#include "calltablemodel.h"
#include "calltracker.h"
#include "errorcodes.h"
#include "i18n.h"
#include "statusstyle.h"
#include "trendchart.h"
#include "trendmodel.h"
#include "wallboardtiles.h"

#include <QApplication>
#include <QCursor>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QScreen>
#include <QSystemTrayIcon>

#include <algorithm>

namespace cw {

namespace {

// Offsets and sizes of cells that share `length` by weight, with `gap` between them.
QList<QPair<int, int>> split(int length, const QList<qreal> &weights, int gap)
{
    qreal total = 0;
    for (qreal weight : weights)
        total += weight;
    const int room = qMax(0, length - gap * int(weights.size() - 1));
    QList<QPair<int, int>> cells;
    int offset = 0;
    qreal used = 0;
    for (int i = 0; i < weights.size(); ++i) {
        used += weights.at(i);
        const int end = i + 1 == weights.size() ? room : qRound(room * used / total);
        const int start = offset - gap * i;
        cells.append({offset, end - start});
        offset += end - start + gap;
    }
    return cells;
}

QRect cell(const QList<QPair<int, int>> &rows, const QList<QPair<int, int>> &columns, int row, int column,
           int columnSpan = 1)
{
    const int left = columns.at(column).first;
    const int right = columns.at(column + columnSpan - 1).first + columns.at(column + columnSpan - 1).second;
    return QRect(left, rows.at(row).first, right - left, rows.at(row).second);
}

bool batchFinished(const std::optional<BatchStatistics> &stats)
{
    return stats &&
           (stats->status == QLatin1String("completed") || stats->status == QLatin1String("cancelled"));
}

} // namespace

Wallboard::Wallboard(CallTableModel *model, CallTracker *tracker, HistoryStore *history, Settings *settings,
                     const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tracker(tracker)
    , m_history(history)
    , m_settings(settings)
    , m_clock(clock)
    , m_alerts(new AlertEngine(clock, this))
{
    Q_ASSERT(m_model && m_tracker);
    setObjectName(QStringLiteral("wallboard"));
    setWindowTitle(tr("CallWatch wallboard"));

    // A look of its own: the board is dark whatever the application's theme.
    QPalette board;
    board.setColor(QPalette::Window, wall::Look::background());
    board.setColor(QPalette::WindowText, wall::Look::text());
    board.setColor(QPalette::Base, wall::Look::tile());
    board.setColor(QPalette::AlternateBase, wall::Look::headerBackground());
    board.setColor(QPalette::Text, wall::Look::text());
    board.setColor(QPalette::Button, wall::Look::tile());
    board.setColor(QPalette::ButtonText, wall::Look::text());
    board.setColor(QPalette::Mid, wall::Look::tileBorder());
    board.setColor(QPalette::Dark, wall::Look::background());
    board.setColor(QPalette::Light, wall::Look::tileBorder());
    board.setColor(QPalette::Highlight, StatusStyle::color(CallStatus::Ongoing, Theme::Dark));
    board.setColor(QPalette::HighlightedText, wall::Look::background());
    board.setColor(QPalette::ToolTipBase, wall::Look::tile());
    board.setColor(QPalette::ToolTipText, wall::Look::text());
    board.setColor(QPalette::PlaceholderText, wall::Look::muted());
    setPalette(board);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);

    const QDateTime now = m_clock.now();
    m_startedAt = now;
    m_pageSince = now;
    m_cursorMovedAt = now;
    m_cursorPos = QCursor::pos();
    m_zone = m_settings ? m_settings->timeZone() : QTimeZone::systemTimeZone();

    const auto makeModel = [this](ChartRange range) {
        auto *trend = new TrendModel(m_clock, this);
        trend->setLocale(QLocale());
        trend->setRange(range);
        trend->setTimeZone(m_zone);
        trend->setBackgroundLoading(true); // a month of history is read off the GUI thread
        trend->setStore(m_history);        // reloads once, with the range and zone already set
        return trend;
    };
    m_today = makeModel(ChartRange::Last30Days);
    m_dayChart = makeModel(ChartRange::Last24Hours);
    m_weekChart = makeModel(ChartRange::Last7Days);

    buildPages();

    connect(m_model, &CallTableModel::countsChanged, this, &Wallboard::refreshLive);
    connect(m_tracker, &CallTracker::transitionsRecorded, this, &Wallboard::onTransitions);
    connect(m_tracker, &CallTracker::healthChanged, this, &Wallboard::onHealthChanged);
    connect(m_tracker, &CallTracker::batchStatisticsChanged, this, [this] {
        m_lastDataAt = m_clock.now();
        refreshBatches();
        refreshDataAge(m_lastDataAt);
    });
    connect(m_today, &TrendModel::updated, this, &Wallboard::refreshToday);
    connect(m_today, &TrendModel::loadingChanged, this, &Wallboard::refreshToday);
    connect(m_today, &TrendModel::bucketsChanged, this, &Wallboard::refreshToday);
    connect(m_alerts, &AlertEngine::changed, this, &Wallboard::refreshAlerts);
    connect(m_alerts, &AlertEngine::alertRaised, this, &Wallboard::onAlertRaised);
    if (m_settings)
        connect(m_settings, &Settings::changed, this, &Wallboard::onSettingChanged);
    connect(m_pin->edit(), &QLineEdit::returnPressed, this, &Wallboard::checkPin);

    applySettings();
    m_lastSuccess = m_tracker->health().lastSuccess;
    if (m_lastSuccess.isValid())
        m_alerts->recordPollSuccess(m_lastSuccess);
    m_alerts->setPollingExpected(false);
    updatePollingExpected();
    m_alerts->setScheduledBacklog(m_model->count(CallStatus::Scheduled));
    // The recent past from the history, so a board opened (or restarted) mid-shift judges the failure
    // rate and credits at once instead of starting from an empty window.
    if (m_history) {
        const int minutes = std::max(m_alerts->config(AlertKind::FailureRate).windowMinutes,
                                     m_alerts->config(AlertKind::InsufficientCredits).windowMinutes);
        const QList<HistoryStore::TransitionRow> recent =
            m_history->transitionsBetween(now.addSecs(-qint64(minutes) * 60), now.addSecs(1));
        for (const HistoryStore::TransitionRow &row : recent) {
            if (isTerminal(row.status))
                m_alerts->recordOutcome(QDateTime::fromMSecsSinceEpoch(row.atMs, QTimeZone::utc()),
                                        row.status, normalizeErrorCode(row.error), row.callId);
        }
    }
    m_alerts->update();

    refreshLive();
    refreshToday();
    refreshBatches();
    refreshAlerts();
    showPageId(NowPage);
    tick();

    // Keys belong to the board (the PIN field excepted): a chart must not eat Left / Right.
    const auto children = findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child != m_pin->edit())
            child->setFocusPolicy(Qt::NoFocus);
    }

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Wallboard::tick);
    m_timer.start();
}

Wallboard::~Wallboard()
{
    m_timer.stop();
    // The charts go before the models they show.
    for (QWidget *&page : m_pages) {
        delete page;
        page = nullptr;
    }
    if (m_tray)
        m_tray->hide();
}

void Wallboard::buildPages()
{
    using wall::ListTile;
    using wall::NumberTile;
    using wall::ProgressTile;
    using wall::WidgetTile;

    m_header = new wall::HeaderBar(this);
    m_header->setObjectName(QStringLiteral("wallboardHeader"));
    m_banner = new wall::BannerBar(this);
    m_banner->setObjectName(QStringLiteral("wallboardBanner"));
    for (int i = 0; i < PageIdCount; ++i) {
        m_pages[std::size_t(i)] = new QWidget(this);
        m_pages[std::size_t(i)]->hide();
    }
    m_pages[NowPage]->setObjectName(QStringLiteral("pageNow"));
    m_pages[TrendsPage]->setObjectName(QStringLiteral("pageTrends"));
    m_pages[BatchesPage]->setObjectName(QStringLiteral("pageBatches"));

    const auto numberTile = [](QWidget *page, const char *name, const QString &title, CallStatus status) {
        auto *tile = new NumberTile(page);
        tile->setObjectName(QLatin1String(name));
        tile->setTitle(title);
        if (status != CallStatus::Unknown) {
            tile->setIcon(StatusStyle::icon(status, Theme::Dark));
            tile->setValueColour(StatusStyle::color(status, Theme::Dark));
        }
        return tile;
    };
    QWidget *now = m_pages[NowPage];
    m_ongoing = numberTile(now, "tileOngoing", tr("Ongoing"), CallStatus::Ongoing);
    m_ongoing->setValueColour(wall::Look::text());
    m_ongoing->setCaption(tr("calls in progress now"));
    m_scheduled = numberTile(now, "tileScheduled", tr("Scheduled"), CallStatus::Scheduled);
    m_scheduled->setValueColour(wall::Look::text());
    m_scheduled->setCaption(tr("waiting to be dialled"));
    m_connectRate = numberTile(now, "tileConnectRate", tr("Connect rate today"), CallStatus::Unknown);
    m_completed = numberTile(now, "tileCompleted", tr("Completed today"), CallStatus::Completed);
    m_missed = numberTile(now, "tileMissed", tr("Missed today"), CallStatus::Missed);
    m_failed = numberTile(now, "tileFailed", tr("Failed today"), CallStatus::Failed);

    m_errors = new ListTile(now);
    m_errors->setObjectName(QStringLiteral("tileErrors"));
    m_errors->setTitle(tr("Top errors today"));
    m_errors->setIcon(StatusStyle::icon(CallStatus::Failed, Theme::Dark));
    m_errors->setMaxRows(TopErrorRows);
    m_errors->setEmptyText(tr("No failed calls today"));

    m_batches = new ProgressTile(now);
    m_batches->setObjectName(QStringLiteral("tileBatches"));
    m_batches->setTitle(tr("Batches"));
    m_batches->setMaxRows(NowPageBatchRows);
    m_batches->setEmptyText(tr("No batches tracked"));

    m_dayChartTile = new WidgetTile(now);
    m_dayChartTile->setObjectName(QStringLiteral("tileDayChart"));
    m_dayChartTile->setTitle(tr("Calls ended per quarter hour · last 24 hours"));
    auto *dayChart = new TrendChart(m_dayChart, m_dayChartTile);
    dayChart->setCompact(true);
    m_dayChartTile->setContent(dayChart);

    QWidget *trends = m_pages[TrendsPage];
    m_weekChartTile = new WidgetTile(trends);
    m_weekChartTile->setObjectName(QStringLiteral("tileWeekChart"));
    m_weekChartTile->setTitle(tr("Calls ended per hour · last 7 days"));
    auto *weekChart = new TrendChart(m_weekChart, m_weekChartTile);
    weekChart->setCompact(true);
    m_weekChartTile->setContent(weekChart);
    m_weekCompleted = numberTile(trends, "tileTrendsCompleted", tr("Completed today"), CallStatus::Completed);
    m_weekMissed = numberTile(trends, "tileTrendsMissed", tr("Missed today"), CallStatus::Missed);
    m_weekFailed = numberTile(trends, "tileTrendsFailed", tr("Failed today"), CallStatus::Failed);
    m_weekConnectRate =
        numberTile(trends, "tileTrendsConnectRate", tr("Connect rate today"), CallStatus::Unknown);
    for (NumberTile *tile : {m_weekCompleted, m_weekMissed, m_weekFailed, m_weekConnectRate})
        tile->setValueScale(0.75);

    m_allBatches = new ProgressTile(m_pages[BatchesPage]);
    m_allBatches->setObjectName(QStringLiteral("tileAllBatches"));
    m_allBatches->setTitle(tr("Batches in progress and finished"));
    m_allBatches->setMaxRows(BatchesPageRows);
    m_allBatches->setColumns(2);
    m_allBatches->setGrowRows(true);
    m_allBatches->setEmptyText(tr("No batches tracked"));

    m_pin = new wall::PinOverlay(this);
    m_pin->setObjectName(QStringLiteral("wallboardPinOverlay"));
    m_pin->setTexts(tr("Enter the wallboard PIN to leave"), tr("Enter to confirm · Esc to cancel"));
    m_pin->hide();
}

QList<wall::Tile *> Wallboard::allTiles() const
{
    return {m_ongoing,       m_scheduled,  m_connectRate, m_completed,       m_missed,
            m_failed,        m_errors,     m_batches,     m_dayChartTile,    m_weekChartTile,
            m_weekCompleted, m_weekMissed, m_weekFailed,  m_weekConnectRate, m_allBatches};
}

void Wallboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutPages();
}

void Wallboard::layoutPages()
{
    const int w = width();
    const int h = height();
    if (w <= 0 || h <= 0)
        return;
    m_unit = qMax(0.05, qMin(h / 1080.0, w / 1440.0));
    const auto px = [this](qreal units) {
        return qMax(1, qRound(units * m_unit));
    };

    const int headerHeight = px(96);
    const int margin = px(24);
    const int bannerHeight = px(62);
    m_header->setGeometry(0, 0, w, headerHeight);
    m_header->setUnit(m_unit);
    m_banner->setGeometry(margin, h - px(16) - bannerHeight, w - 2 * margin, bannerHeight);
    m_banner->setUnit(m_unit);
    const int top = headerHeight + px(20);
    const QRect content(margin, top, w - 2 * margin, qMax(0, m_banner->geometry().top() - px(16) - top));
    for (QWidget *page : m_pages)
        page->setGeometry(content);
    for (wall::Tile *tile : allTiles())
        tile->setUnit(m_unit);

    const int gap = px(18);
    {
        const auto rows = split(content.height(), {0.345, 0.345, 0.31}, gap);
        const auto columns = split(content.width(), {1, 1, 1, 1.45}, gap);
        m_ongoing->setGeometry(cell(rows, columns, 0, 0));
        m_scheduled->setGeometry(cell(rows, columns, 0, 1));
        m_connectRate->setGeometry(cell(rows, columns, 0, 2));
        m_errors->setGeometry(cell(rows, columns, 0, 3));
        m_completed->setGeometry(cell(rows, columns, 1, 0));
        m_missed->setGeometry(cell(rows, columns, 1, 1));
        m_failed->setGeometry(cell(rows, columns, 1, 2));
        m_batches->setGeometry(cell(rows, columns, 1, 3));
        m_dayChartTile->setGeometry(cell(rows, columns, 2, 0, 4));
    }
    {
        const auto rows = split(content.height(), {0.7, 0.3}, gap);
        const auto columns = split(content.width(), {1, 1, 1, 1}, gap);
        m_weekChartTile->setGeometry(cell(rows, columns, 0, 0, 4));
        m_weekCompleted->setGeometry(cell(rows, columns, 1, 0));
        m_weekMissed->setGeometry(cell(rows, columns, 1, 1));
        m_weekFailed->setGeometry(cell(rows, columns, 1, 2));
        m_weekConnectRate->setGeometry(cell(rows, columns, 1, 3));
    }
    m_allBatches->setGeometry(QRect(QPoint(0, 0), content.size()));
    for (wall::Tile *tile : allTiles())
        tile->relayout(); // the tiles of hidden pages would only learn their size when shown

    m_pin->setGeometry(rect());
    m_pin->setUnit(m_unit);
}

// --- settings -------------------------------------------------------------------------------------------

void Wallboard::applySettings()
{
    m_rotationSeconds =
        int(m_settings ? m_settings->integer(SettingKey::WallboardRotationSeconds)
                       : Settings::defaultValue(SettingKey::WallboardRotationSeconds).toInt());
    applyAlertConfigs();
}

void Wallboard::applyAlertConfigs()
{
    for (AlertKind kind : allAlertKinds)
        m_alerts->setConfig(kind,
                            m_settings ? m_settings->alertConfig(kind) : AlertRuleConfig::defaults(kind));
}

void Wallboard::onSettingChanged(SettingKey key)
{
    switch (key) {
    case SettingKey::WallboardRotationSeconds:
        applySettings();
        m_pageSince = m_clock.now();
        refreshHeader();
        break;
    case SettingKey::AlertFailureWarningPercent:
    case SettingKey::AlertFailureCriticalPercent:
    case SettingKey::AlertFailureWindowMinutes:
    case SettingKey::AlertBacklogWarning:
    case SettingKey::AlertBacklogCritical:
    case SettingKey::AlertPollingWarningSeconds:
    case SettingKey::AlertPollingCriticalSeconds:
        applyAlertConfigs();
        m_alerts->update();
        break;
    case SettingKey::TimeZone:
        m_zone = m_settings->timeZone();
        for (TrendModel *trend : {m_today, m_dayChart, m_weekChart})
            trend->setTimeZone(m_zone);
        refreshToday();
        tick();
        break;
    default:
        break;
    }
}

// --- data in --------------------------------------------------------------------------------------------

void Wallboard::onTransitions(const QList<HistoryStore::Transition> &transitions)
{
    const QDateTime now = m_clock.now();
    m_lastDataAt = now;
    for (const HistoryStore::Transition &transition : transitions) {
        if (isTerminal(transition.status)) {
            m_alerts->recordOutcome(transition.at.isValid() ? transition.at : now, transition.status,
                                    normalizeErrorCode(transition.error), transition.callId);
        }
    }
    for (TrendModel *trend : {m_today, m_dayChart, m_weekChart}) {
        trend->advance(); // a change just after midnight belongs in a bucket the model may not have yet
        trend->addTransitions(transitions);
    }
    m_alerts->update();
    refreshToday();
    refreshDataAge(now);
}

void Wallboard::onHealthChanged()
{
    const CallTracker::Health &health = m_tracker->health();
    if (health.lastSuccess.isValid() && health.lastSuccess != m_lastSuccess) {
        m_lastSuccess = health.lastSuccess;
        m_alerts->recordPollSuccess(m_lastSuccess);
    }
    if (health.trackedBatches != m_batchCount)
        refreshBatches();
    updatePollingExpected();
    refreshDataAge(m_clock.now());
}

bool Wallboard::somethingToPoll() const
{
    if (m_tracker->health().activeCalls > 0)
        return true;
    const QStringList batches = m_tracker->trackedBatches();
    return std::any_of(batches.cbegin(), batches.cend(),
                       [this](const QString &id) { return !batchFinished(m_tracker->batchStatistics(id)); });
}

void Wallboard::updatePollingExpected()
{
    const bool expected = m_tracker->isRunning() && somethingToPoll();
    if (expected && !m_alerts->isPollingExpected()) {
        // Polling starts (again) now: the quiet spell before, with nothing to poll or the tracker paused,
        // is not an outage. Without this a new call after an idle hour would raise "polling down" at once.
        m_alerts->recordPollSuccess(m_clock.now());
    }
    m_alerts->setPollingExpected(expected);
}

// --- tiles ----------------------------------------------------------------------------------------------

QString Wallboard::number(qint64 value) const
{
    return QLocale().toString(value);
}

QString Wallboard::percent(double value) const
{
    const int decimals = value > 0 && value < 10 ? 1 : 0;
    //: A percentage on the wallboard: "87 %"
    return tr("%1 %").arg(QLocale().toString(value, 'f', decimals));
}

QString Wallboard::shortDuration(qint64 seconds) const
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 120)
        //: A short duration on the wallboard; %1 is a number of seconds (keep short)
        return tr("%1 s").arg(seconds);
    if (seconds < 120 * 60)
        //: A short duration; %1 is a number of minutes (keep short)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 48 * 3600)
        //: A short duration; %1 is a number of hours (keep short)
        return tr("%1 h").arg(seconds / 3600);
    //: A short duration; %1 is a number of days (keep short)
    return tr("%1 d").arg(seconds / 86400);
}

void Wallboard::refreshLive()
{
    m_ongoing->setValue(number(m_model->count(CallStatus::Ongoing)));
    m_scheduled->setValue(number(m_model->count(CallStatus::Scheduled)));
    m_alerts->setScheduledBacklog(m_model->count(CallStatus::Scheduled));
}

void Wallboard::refreshToday()
{
    if (m_today->isLoading()) {
        // The day's history is still being read: no numbers yet rather than zeros that are not true.
        const QString loading = tr("Loading history…");
        for (wall::NumberTile *tile : {m_completed, m_weekCompleted, m_missed, m_weekMissed, m_failed,
                                       m_weekFailed, m_connectRate, m_weekConnectRate}) {
            tile->setValue(QStringLiteral("…"));
            tile->setCaption(loading);
        }
        m_errors->setEmptyText(loading);
        m_errors->setRows({});
        return;
    }
    m_errors->setEmptyText(tr("No failed calls today"));
    const int today = m_today->bucketCount() - 1;
    const qint64 completed = today >= 0 ? m_today->count(today, CallStatus::Completed) : 0;
    const qint64 missed = today >= 0 ? m_today->count(today, CallStatus::Missed) : 0;
    const qint64 failed = today >= 0 ? m_today->count(today, CallStatus::Failed) : 0;
    const qint64 ended = completed + missed + failed;
    const double rate = today >= 0 ? m_today->connectRate(today) : -1;

    const auto share = [this, ended](qint64 count) -> QString {
        if (ended == 0)
            return tr("no call ended yet today");
        return tr("%1 of ended calls").arg(percent(100.0 * double(count) / double(ended)));
    };
    const QString rateText = rate < 0 ? QStringLiteral("–") : percent(rate);
    const QString rateCaption =
        ended == 0 ? tr("no call ended yet today")
                   : tr("%1 of %2 ended calls connected").arg(number(completed), number(ended));
    for (wall::NumberTile *tile : {m_completed, m_weekCompleted}) {
        tile->setValue(number(completed));
        tile->setCaption(share(completed));
    }
    for (wall::NumberTile *tile : {m_missed, m_weekMissed}) {
        tile->setValue(number(missed));
        tile->setCaption(share(missed));
    }
    for (wall::NumberTile *tile : {m_failed, m_weekFailed}) {
        tile->setValue(number(failed));
        tile->setCaption(share(failed));
    }
    for (wall::NumberTile *tile : {m_connectRate, m_weekConnectRate}) {
        tile->setValue(rateText);
        tile->setCaption(rateCaption);
    }

    QList<wall::ListTile::Row> rows;
    if (today >= 0) {
        QList<QPair<QString, qint64>> codes = m_today->errorCodeCounts(today);
        if (m_alerts->level(AlertKind::InsufficientCredits) != AlertLevel::Normal) {
            // The alert is about this code: keep it in sight even when the tile has room for few rows.
            std::stable_partition(codes.begin(), codes.end(), [](const QPair<QString, qint64> &entry) {
                return entry.first == QLatin1String("INSUFFICIENT_CREDITS");
            });
        }
        for (const auto &[code, count] : codes) {
            if (rows.size() >= TopErrorRows)
                break;
            wall::ListTile::Row row;
            row.key = code.isEmpty() ? tr("No code") : code;
            row.detail = code.isEmpty() ? tr("failed without an error code") : explainError(code).shortText;
            row.value = number(count);
            row.keyColour = wall::Look::text();
            rows.append(row);
        }
    }
    m_errors->setRows(rows);
}

void Wallboard::refreshBatches()
{
    struct Entry
    {
        QString id;
        std::optional<BatchStatistics> stats;
    };
    const QStringList ids = m_tracker->trackedBatches();
    QList<Entry> entries;
    entries.reserve(ids.size());
    for (const QString &id : ids)
        entries.append({id, m_tracker->batchStatistics(id)});
    // Running batches first, newest first; finished ones after; ids break ties so the order is stable.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const bool aDone = batchFinished(a.stats);
        const bool bDone = batchFinished(b.stats);
        if (aDone != bDone)
            return !aDone;
        const QDateTime aCreated = a.stats ? a.stats->createdAt : QDateTime();
        const QDateTime bCreated = b.stats ? b.stats->createdAt : QDateTime();
        if (aCreated.isValid() != bCreated.isValid())
            return aCreated.isValid();
        if (aCreated != bCreated)
            return aCreated > bCreated;
        return a.id < b.id;
    });

    const auto statusWord = [this](const QString &status) -> QString {
        if (status == QLatin1String("ingesting"))
            return tr("ingesting");
        if (status == QLatin1String("scheduled"))
            return tr("scheduled");
        if (status == QLatin1String("pending"))
            return tr("pending");
        if (status == QLatin1String("processing"))
            return tr("processing");
        if (status == QLatin1String("completed"))
            return tr("completed");
        if (status == QLatin1String("cancelled"))
            return tr("cancelled");
        return status;
    };
    QList<wall::ProgressTile::Row> rows;
    rows.reserve(entries.size());
    for (const Entry &entry : std::as_const(entries)) {
        wall::ProgressTile::Row row;
        row.name = entry.id;
        if (!entry.stats) {
            row.percent = QStringLiteral("–");
            row.detail = tr("waiting for statistics");
            row.barColour = wall::Look::muted();
        } else {
            const BatchStatistics &stats = *entry.stats;
            double pct = stats.percentComplete;
            if (pct <= 0 && stats.total > 0)
                pct = 100.0 * double(stats.processed) / double(stats.total);
            pct = std::clamp(pct, 0.0, 100.0);
            row.fraction = pct / 100.0;
            row.percent = tr("%1 %").arg(QLocale().toString(pct, 'f', 0));
            row.detail = tr("%1 of %2 · %3 failed · %4")
                             .arg(number(stats.processed), number(stats.total), number(stats.failed),
                                  statusWord(stats.status));
            if (stats.status == QLatin1String("completed"))
                row.barColour = StatusStyle::color(CallStatus::Completed, Theme::Dark);
            else if (stats.status == QLatin1String("cancelled"))
                row.barColour = wall::Look::muted();
            else
                row.barColour = StatusStyle::color(CallStatus::Ongoing, Theme::Dark);
        }
        rows.append(row);
    }
    const int count = int(rows.size());
    m_batches->setRows(rows, count > NowPageBatchRows); // the Batches page is offered then
    m_allBatches->setRows(rows);
    const bool offeredBefore = m_batchCount > NowPageBatchRows;
    m_batchCount = count;
    if (offeredBefore != (count > NowPageBatchRows)) {
        if (!offeredPages().contains(m_currentId))
            showPageId(NowPage);
        refreshHeader();
    }
}

// --- alerts ---------------------------------------------------------------------------------------------

int Wallboard::pageForAlert(AlertKind kind) const
{
    switch (kind) {
    case AlertKind::FailureRate:
    case AlertKind::InsufficientCredits:
    case AlertKind::ScheduledBacklog:
        return NowPage;
    case AlertKind::PollingDown:
        break; // the data-age indicator is on every page
    }
    return -1;
}

QList<wall::Tile *> Wallboard::tilesForAlert(AlertKind kind) const
{
    switch (kind) {
    case AlertKind::FailureRate:
        return {m_failed, m_weekFailed};
    case AlertKind::InsufficientCredits:
        return {m_errors};
    case AlertKind::ScheduledBacklog:
        return {m_scheduled};
    case AlertKind::PollingDown:
        break;
    }
    return {};
}

void Wallboard::refreshAlerts()
{
    AlertLevel loudest = AlertLevel::Normal;
    AlertKind loudestKind = AlertKind::FailureRate;
    int unacknowledged = 0;
    for (AlertKind kind : allAlertKinds) {
        const AlertLevel level = m_alerts->level(kind);
        const bool acknowledged = m_alerts->isAcknowledged(kind);
        const QList<wall::Tile *> tiles = tilesForAlert(kind);
        if (!tiles.isEmpty()) {
            const QString text = level == AlertLevel::Normal ? QString() : m_alerts->describe(kind);
            for (wall::Tile *tile : tiles)
                tile->setAlert(level, text, acknowledged);
        }
        if (level != AlertLevel::Normal && !acknowledged) {
            ++unacknowledged;
            if (level > loudest) {
                loudest = level;
                loudestKind = kind;
            }
        }
    }
    if (unacknowledged > 0) {
        QString text =
            m_alerts->describe(loudestKind) + QStringLiteral("  —  ") + tr("Press A to acknowledge");
        if (unacknowledged > 1)
            text += QLatin1Char(' ') + tr("(+%n more)", nullptr, unacknowledged - 1);
        m_banner->setAlert(loudest, text);
    } else {
        m_banner->setAlert(AlertLevel::Normal, QString());
    }
    refreshHeader();
    refreshDataAge(m_clock.now());
}

void Wallboard::onAlertRaised(AlertKind kind, AlertLevel level)
{
    const int page = pageForAlert(kind);
    if (page >= 0 && page != m_currentId)
        showPageId(page);
    if (kind == AlertKind::InsufficientCredits)
        refreshToday(); // brings the code to the top of the list
    const QString text = m_alerts->describe(kind);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/callwatch.svg")), this);
            m_tray->setToolTip(tr("CallWatch wallboard"));
        }
        m_tray->show();
        m_tray->showMessage(
            alertKindTitle(kind), text,
            level == AlertLevel::Critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 10'000);
    }
    if (m_settings && m_settings->integer(SettingKey::WallboardSound) == 1)
        QApplication::beep();
}

// --- data age -------------------------------------------------------------------------------------------

qint64 Wallboard::amberAfterSeconds() const
{
    const PollScheduler::Settings &poll = m_tracker->settings().poll;
    const qint64 slowestMs =
        std::max({poll.ongoingMs, poll.scheduledMs, poll.batchMs, poll.batchStatisticsMs});
    return qMax(AmberMinimumSeconds, 2 * ((slowestMs + 999) / 1000));
}

qint64 Wallboard::redAfterSeconds() const
{
    return qMax(RedAfterSeconds, amberAfterSeconds());
}

void Wallboard::refreshDataAge(const QDateTime &now)
{
    const bool idle = m_tracker->isRunning() && !somethingToPoll();
    QDateTime since = m_lastSuccess;
    if (m_lastDataAt.isValid() && (!since.isValid() || m_lastDataAt > since))
        since = m_lastDataAt;
    const bool waiting = !since.isValid();
    if (waiting)
        since = m_startedAt;
    const qint64 age = idle ? 0 : qMax<qint64>(0, since.secsTo(now));
    m_dataAgeSeconds = age;
    if (idle || age < amberAfterSeconds())
        m_dataAge = DataAge::Fresh;
    else if (age < redAfterSeconds())
        m_dataAge = DataAge::Amber;
    else
        m_dataAge = DataAge::Red;

    QString text;
    if (idle)
        text = tr("Up to date · nothing active");
    else if (waiting)
        text = m_dataAge == DataAge::Fresh ? tr("Waiting for data")
                                           : tr("No data for %1").arg(shortDuration(age));
    else if (m_dataAge != DataAge::Fresh)
        text = tr("No update for %1").arg(shortDuration(age));
    else if (age < 2)
        text = tr("Updated just now");
    else
        text = tr("Updated %1 ago").arg(shortDuration(age));

    AlertLevel severity = m_dataAge == DataAge::Fresh   ? AlertLevel::Normal
                          : m_dataAge == DataAge::Amber ? AlertLevel::Warning
                                                        : AlertLevel::Critical;
    const AlertLevel polling = m_alerts->level(AlertKind::PollingDown);
    m_header->setAge(text, std::max(severity, polling));

    //: Large marker on the wallboard when its data is old; %1 is a duration such as "5 min". Capitals are
    //: deliberate
    const QString marker = m_dataAge == DataAge::Fresh ? QString() : tr("STALE · %1").arg(shortDuration(age));
    for (wall::Tile *tile : allTiles())
        tile->setStaleMarker(marker, severity == AlertLevel::Normal ? AlertLevel::Warning : severity);
}

// --- pages and rotation ---------------------------------------------------------------------------------

QList<int> Wallboard::offeredPages() const
{
    QList<int> pages{NowPage, TrendsPage};
    if (m_batchCount > NowPageBatchRows)
        pages.append(BatchesPage);
    return pages;
}

int Wallboard::pageCount() const
{
    return int(offeredPages().size());
}

int Wallboard::currentPage() const
{
    return int(offeredPages().indexOf(m_currentId));
}

QString Wallboard::pageTitle(int page) const
{
    const QList<int> pages = offeredPages();
    if (page < 0 || page >= pages.size())
        return {};
    switch (pages.at(page)) {
    case NowPage:
        return tr("Now");
    case TrendsPage:
        return tr("Trends");
    case BatchesPage:
        return tr("Batches");
    default:
        break;
    }
    return {};
}

void Wallboard::setPage(int page)
{
    const QList<int> pages = offeredPages();
    const int count = int(pages.size());
    showPageId(pages.at(((page % count) + count) % count));
}

void Wallboard::showPageId(int id)
{
    m_pageSince = m_clock.now();
    const bool changed = id != m_currentId || !m_pages[std::size_t(id)]->isVisibleTo(this);
    m_currentId = id;
    for (int i = 0; i < PageIdCount; ++i)
        m_pages[std::size_t(i)]->setVisible(i == id);
    m_pin->raise();
    refreshHeader();
    if (changed)
        Q_EMIT pageChanged(currentPage());
}

void Wallboard::setRotationPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pageSince = m_clock.now();
    refreshHeader();
}

void Wallboard::refreshHeader()
{
    m_header->setTitle(tr("CallWatch"), pageTitle(currentPage()));
    m_header->setPages(pageCount(), currentPage());
    QString mode;
    if (m_paused)
        mode = tr("Rotation paused");
    else if (m_rotationSeconds > 0 && m_alerts->holdsRotation())
        mode = tr("Held by alert");
    m_header->setMode(mode);
    refreshHints();
}

void Wallboard::refreshHints()
{
    //: Key hints along the bottom of the wallboard; %1 is "Pause rotation" or "Resume rotation"
    m_banner->setHints(tr("← →  Change page     Space  %1     A  Acknowledge alerts     Esc  Exit")
                           .arg(m_paused ? tr("Resume rotation") : tr("Pause rotation")));
}

void Wallboard::rotate(const QDateTime &now)
{
    if (m_rotationSeconds <= 0 || m_paused || m_alerts->holdsRotation())
        return;
    if (m_pageSince.msecsTo(now) >= qint64(m_rotationSeconds) * 1000)
        setPage(currentPage() + 1);
}

// --- time -----------------------------------------------------------------------------------------------

void Wallboard::tick()
{
    const QDateTime now = m_clock.now();
    for (TrendModel *trend : {m_today, m_dayChart, m_weekChart})
        trend->advance();
    updatePollingExpected();
    m_alerts->update();
    refreshToday();
    refreshDataAge(now);
    m_header->setClock(formatTime(now.toTimeZone(m_zone).time(), QLocale()));
    rotate(now);
    updateCursor(now);
    if (m_pin->isVisible())
        updatePinMessage(now);
}

void Wallboard::updateCursor(const QDateTime &now)
{
    const QPoint position = QCursor::pos();
    if (position != m_cursorPos) {
        m_cursorPos = position;
        m_cursorMovedAt = now;
    }
    const bool hide = m_cursorMovedAt.msecsTo(now) >= CursorHideSeconds * 1000;
    if (hide == m_cursorHidden)
        return;
    m_cursorHidden = hide;
    if (hide)
        setCursor(Qt::BlankCursor);
    else
        unsetCursor();
}

void Wallboard::mouseMoveEvent(QMouseEvent *event)
{
    QWidget::mouseMoveEvent(event);
    m_cursorMovedAt = m_clock.now();
    updateCursor(m_cursorMovedAt);
}

void Wallboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setFocus(Qt::OtherFocusReason);
}

QString Wallboard::showOnScreen(int screenIndex)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *screen = nullptr;
    if (screenIndex >= 0 && screenIndex < screens.size()) {
        screen = screens.at(screenIndex);
        m_screenMessage.clear();
    } else {
        screen = QGuiApplication::primaryScreen();
        m_screenMessage =
            tr("There is no screen %1 (screens: 0 to %2); the wallboard uses the primary screen.")
                .arg(screenIndex)
                .arg(screens.size() - 1);
    }
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus(Qt::OtherFocusReason);
    return m_screenMessage;
}

// --- keys and the PIN -----------------------------------------------------------------------------------

void Wallboard::keyPressEvent(QKeyEvent *event)
{
    if (m_pin->isVisible()) {
        if (event->key() == Qt::Key_Escape)
            hidePinEntry();
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        setPage(currentPage() - 1);
        break;
    case Qt::Key_Right:
        setPage(currentPage() + 1);
        break;
    case Qt::Key_Space:
        setRotationPaused(!m_paused);
        break;
    case Qt::Key_A:
        m_alerts->acknowledgeAll();
        m_pageSince = m_clock.now();
        refreshAlerts();
        break;
    case Qt::Key_Escape:
        requestExit();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void Wallboard::requestExit()
{
    if (!m_settings || !m_settings->hasWallboardPin()) {
        Q_EMIT exitRequested();
        return;
    }
    showPinEntry();
}

void Wallboard::showPinEntry()
{
    m_pin->edit()->clear();
    m_pin->setGeometry(rect());
    m_pin->show();
    m_pin->raise();
    updatePinMessage(m_clock.now());
    m_pin->edit()->setFocus(Qt::OtherFocusReason);
}

void Wallboard::hidePinEntry()
{
    m_pin->edit()->clear();
    m_pin->hide();
    setFocus(Qt::OtherFocusReason);
}

void Wallboard::checkPin()
{
    const QString pin = m_pin->edit()->text();
    m_pin->edit()->clear();
    const QDateTime now = m_clock.now();
    if (m_pinLockedUntil.isValid() && now < m_pinLockedUntil) {
        updatePinMessage(now);
        return;
    }
    if (m_settings && m_settings->checkWallboardPin(pin)) {
        m_wrongPins = 0;
        hidePinEntry();
        Q_EMIT exitRequested();
        return;
    }
    if (++m_wrongPins >= PinAttempts) {
        m_wrongPins = 0;
        m_pinLockedUntil = now.addSecs(PinLockoutSeconds);
    }
    updatePinMessage(now);
    if (m_wrongPins > 0)
        m_pin->setMessage(tr("Wrong PIN. %n attempt(s) left.", nullptr, PinAttempts - m_wrongPins), true);
}

void Wallboard::updatePinMessage(const QDateTime &now)
{
    const bool locked = m_pinLockedUntil.isValid() && now < m_pinLockedUntil;
    m_pin->edit()->setEnabled(!locked);
    if (locked) {
        const qint64 left = (now.msecsTo(m_pinLockedUntil) + 999) / 1000;
        m_pin->setMessage(tr("Too many wrong PINs. Try again in %n s.", nullptr, int(left)), true);
        return;
    }
    if (m_pinLockedUntil.isValid()) {
        // The lockout just ended.
        m_pinLockedUntil = QDateTime();
        m_pin->setMessage(QString(), false);
        m_pin->edit()->setFocus(Qt::OtherFocusReason);
    } else if (m_wrongPins == 0) {
        m_pin->setMessage(QString(), false);
    }
}

} // namespace cw
