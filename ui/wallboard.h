#pragma once

#include "alertrules.h"
#include "clock.h"
#include "historystore.h"
#include "settings.h"

#include <QDateTime>
#include <QList>
#include <QPoint>
#include <QPointer>
#include <QString>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <array>

class QSystemTrayIcon;

namespace cw {

class CallTableModel;
class CallTracker;
class TrendChart;
class TrendModel;

namespace wall {
class BannerBar;
class HeaderBar;
class ListTile;
class NumberTile;
class PinOverlay;
class ProgressTile;
class Tile;
class WidgetTile;
} // namespace wall

// The wallboard: a full-screen board for a wall screen in a call center, readable from 5 metres and meant
// to run unattended for days. It has a dark, high-contrast look of its own, whatever the app's theme.
//
// Pages (rotating every Settings WallboardRotationSeconds, 0 = no rotation):
//  - "Now": Ongoing and Scheduled calls (live, CallTableModel::count), Completed / Missed / Failed and the
//    connect rate of today (a TrendModel on ChartRange::Last30Days in the configured time zone: its last
//    bucket is today), the top error codes of today, the progress of tracked batches, and a chart of the
//    last 24 hours.
//  - "Trends": a chart of the last 7 days and today's totals.
//  - "Batches": every tracked batch, offered only when there are more than NowPageBatchRows of them.
// Status is never shown by colour alone: every status tile has the status icon and its name.
//
// Sizes follow the widget, not the screen's DPI: one unit is height / 1080 (capped by width / 1440 on
// unusually narrow windows), fonts are set in pixels, and the main numbers are 140 units (13 % of the
// height) and shrink only when they would not fit their tile. Nothing is ever clipped.
//
// Data age (header, right): seconds since the last sign of fresh data, that is the later of
// CallTracker::health().lastSuccess and the last status change or batch statistics that arrived (from a
// poll or a webhook). Amber after amberAfterSeconds() (twice the slowest polling cadence, at least
// AmberMinimumSeconds), red after redAfterSeconds() (RedAfterSeconds, or the amber threshold if that is
// later). When not fresh, every tile shows a stale marker (hatched corner, "STALE · 4 min") in place of its
// caption; the numbers are never blanked: a lost network just leaves the last numbers, marked stale, until
// data flows again. Before any data arrives the age counts from construction. When the tracker runs and
// has nothing to poll (no active call, no unfinished batch), there is nothing to be late: the board is
// Fresh ("Up to date · nothing active").
//
// Alerts: an AlertEngine (alerts()) configured from Settings::alertConfig() and fed from the tracker and
// the model, evaluated every second. An alert highlights its tile (level-coloured border and tint, a
// warning shape, the level word and AlertEngine::describe(), so colour is not the only cue): failure
// rate -> Failed today, insufficient credits -> Top errors, backlog -> Scheduled, polling -> the data-age
// indicator. Raising an alert shows its page, holds the rotation there until acknowledged, shows a banner
// "Press A to acknowledge", posts a tray notification when a system tray exists, and beeps once when
// Settings WallboardSound is 1.
//
// Keys: Left / Right change page, Space pauses or resumes the rotation, A acknowledges every alert,
// Esc leaves (exitRequested()); with a wallboard PIN set, Esc opens a PIN entry instead, and only the right
// PIN leaves. PinAttempts wrong PINs lock the entry for PinLockoutSeconds. The mouse cursor hides after
// CursorHideSeconds without movement.
//
// Endurance: every widget is created in the constructor and only updated afterwards (setters that change
// nothing do nothing); the trend models roll their buckets forward by themselves; nothing grows per tick.
//
// Time comes from the injected Clock: tick() (every second from an internal timer) does everything
// time-based, so tests drive it with a ManualClock.
class Wallboard : public QWidget
{
    Q_OBJECT
public:
    enum class DataAge : quint8
    {
        Fresh,
        Amber,
        Red,
    };

    // Amber never comes sooner than this, however fast the polling cadences.
    static constexpr qint64 AmberMinimumSeconds = 60;
    // Red after five minutes without fresh data.
    static constexpr qint64 RedAfterSeconds = 300;
    static constexpr qint64 CursorHideSeconds = 3;
    static constexpr int PinAttempts = 3;
    static constexpr qint64 PinLockoutSeconds = 30;
    // Batches shown on the "Now" page; more than this and the "Batches" page joins the rotation.
    static constexpr int NowPageBatchRows = 2;
    static constexpr int BatchesPageRows = 16;
    static constexpr int TopErrorRows = 5;

    // `model` and `tracker` must outlive the board. `history` may be null (the charts then count only what
    // arrives live); `settings` may be null (defaults: 20 s rotation, no PIN, no sound, default alert
    // rules, the system's time zone). Settings changes (rotation, alert rules, time zone) apply at once.
    // Meant as a top-level window (parent null), shown with showOnScreen().
    Wallboard(CallTableModel *model, CallTracker *tracker, HistoryStore *history, Settings *settings,
              const Clock &clock = Clock::system(), QWidget *parent = nullptr);
    ~Wallboard() override;

    // Full screen on QGuiApplication::screens()[screenIndex] (0-based). An index out of range uses the
    // primary screen; the returned text (also screenMessage()) then says so for the user. Empty when the
    // requested screen was used.
    QString showOnScreen(int screenIndex);
    QString screenMessage() const { return m_screenMessage; }

    AlertEngine *alerts() const { return m_alerts; }

    // Pages offered now ("Batches" only with many batches), and the one shown (0-based among them).
    int pageCount() const;
    int currentPage() const;
    // Wraps around: -1 is the last page.
    void setPage(int page);
    QString pageTitle(int page) const;
    bool isRotationPaused() const { return m_paused; }
    void setRotationPaused(bool paused);
    int rotationSeconds() const { return m_rotationSeconds; }

    DataAge dataAge() const { return m_dataAge; }
    // Seconds since fresh data (see above); 0 while idle with nothing to poll.
    qint64 dataAgeSeconds() const { return m_dataAgeSeconds; }
    qint64 amberAfterSeconds() const;
    qint64 redAfterSeconds() const;

    // Everything time-based, at clock.now(): trend models rolled forward, alert rules evaluated, data age,
    // clock, rotation, cursor, PIN lockout. Called every second by an internal timer.
    void tick();

Q_SIGNALS:
    // Esc, and the PIN was right when one is set.
    void exitRequested();
    void pageChanged(int page);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum PageId : int
    {
        NowPage = 0,
        TrendsPage,
        BatchesPage,
        PageIdCount
    };

    void buildPages();
    void layoutPages();
    void applySettings();
    void applyAlertConfigs();
    void onSettingChanged(SettingKey key);
    void onTransitions(const QList<HistoryStore::Transition> &transitions);
    void onHealthChanged();
    void onAlertRaised(AlertKind kind, AlertLevel level);

    void refreshLive();
    void refreshToday();
    void refreshBatches();
    void refreshAlerts();
    void refreshDataAge(const QDateTime &now);
    void refreshHeader();
    void refreshHints();
    void rotate(const QDateTime &now);
    void updateCursor(const QDateTime &now);
    void updatePollingExpected();
    bool somethingToPoll() const;

    QList<int> offeredPages() const;
    void showPageId(int id);
    int pageForAlert(AlertKind kind) const;
    QList<wall::Tile *> tilesForAlert(AlertKind kind) const;
    QList<wall::Tile *> allTiles() const;

    void requestExit();
    void showPinEntry();
    void hidePinEntry();
    void checkPin();
    void updatePinMessage(const QDateTime &now);

    QString shortDuration(qint64 seconds) const;
    QString number(qint64 value) const;
    QString percent(double value) const;

    CallTableModel *m_model;
    CallTracker *m_tracker;
    HistoryStore *m_history;
    QPointer<Settings> m_settings;
    const Clock &m_clock;
    AlertEngine *m_alerts;
    TrendModel *m_today = nullptr; // Last30Days: the last bucket is today
    TrendModel *m_dayChart = nullptr;
    TrendModel *m_weekChart = nullptr;
    QTimeZone m_zone;

    // widgets, all created once
    wall::HeaderBar *m_header = nullptr;
    wall::BannerBar *m_banner = nullptr;
    wall::PinOverlay *m_pin = nullptr;
    std::array<QWidget *, PageIdCount> m_pages{};
    wall::NumberTile *m_ongoing = nullptr;
    wall::NumberTile *m_scheduled = nullptr;
    wall::NumberTile *m_connectRate = nullptr;
    wall::NumberTile *m_completed = nullptr;
    wall::NumberTile *m_missed = nullptr;
    wall::NumberTile *m_failed = nullptr;
    wall::ListTile *m_errors = nullptr;
    wall::ProgressTile *m_batches = nullptr;
    wall::WidgetTile *m_dayChartTile = nullptr;
    wall::WidgetTile *m_weekChartTile = nullptr;
    wall::NumberTile *m_weekCompleted = nullptr;
    wall::NumberTile *m_weekMissed = nullptr;
    wall::NumberTile *m_weekFailed = nullptr;
    wall::NumberTile *m_weekConnectRate = nullptr;
    wall::ProgressTile *m_allBatches = nullptr;
    QSystemTrayIcon *m_tray = nullptr;

    QTimer m_timer;
    qreal m_unit = 1.0;
    int m_currentId = NowPage;
    int m_rotationSeconds = 20;
    bool m_paused = false;
    QDateTime m_pageSince;
    QDateTime m_startedAt;
    QDateTime m_lastSuccess;
    QDateTime m_lastDataAt;
    DataAge m_dataAge = DataAge::Fresh;
    qint64 m_dataAgeSeconds = 0;
    int m_batchCount = -1;
    QPoint m_cursorPos;
    QDateTime m_cursorMovedAt;
    bool m_cursorHidden = false;
    int m_wrongPins = 0;
    QDateTime m_pinLockedUntil;
    QString m_screenMessage;
};

} // namespace cw
