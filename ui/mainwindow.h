#pragma once

#include <QMainWindow>
#include <QPointer>

#include "callstatus.h"

class QLabel;
class QLineEdit;
class QTableView;
class QAction;
class QStackedWidget;
class QToolButton;
class QComboBox;
class QSplitter;
class QDockWidget;

namespace cw {

class CallFilterProxyModel;
class CallTableModel;
class CallTracker;
class HistoryStore;
class Settings;
class ApiKeyProvider;
class DetailPane;
class TrendChart;
class TrendModel;
class Wallboard;
class WebhookReceiver;
struct CallSnapshot;
struct ApiError;

// The supervisor's window: the call table with a search filter, toolbar actions and polling health.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(CallTableModel *model, CallTracker *tracker, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    CallFilterProxyModel *proxyModel() const { return m_proxy; }
    // A line under the title saying where the data comes from ("Demo: simulated calls on …").
    void setSourceDescription(const QString &text);
    // Restores geometry, header, splitter and filters from `settings`, and saves them there on close.
    void setSettings(Settings *settings);
    void saveState() const;
    // The per-status filter toggles (text shows the live count), for tests and accessibility.
    QToolButton *statusToggle(CallStatus status) const;
    QComboBox *batchSelector() const { return m_batchSelector; }

    // Where the API key comes from; the window asks for one when none is set (never shows it).
    void setApiKeyProvider(ApiKeyProvider *keys);
    // Opens the (non-blocking) dialog that asks for the API key.
    void askForApiKey();
    // Opens the settings dialog (Ctrl+,); needs setSettings().
    void openSettings();

    // Shows the history store's troubles (not saving, a damaged file moved aside) in the banner.
    void setHistory(HistoryStore *history);
    // Shows the "add calls" dialog's logic without the dialog: returns the ids that were not valid.
    QStringList addCallIds(const QString &text);

    QStringList selectedCallIds() const;
    DetailPane *detailPane() const { return m_detail; }
    // Looks a call up without tracking it and shows the answer in the detail pane (Ctrl+L).
    void showLookup(const QString &callId);

    // The "Trends" dock: completed / missed / failed over time from the history (Ctrl+T shows or hides it).
    TrendChart *trendChart() const { return m_trendChart; }
    TrendModel *trendModel() const { return m_trendModel; }
    QDockWidget *trendDock() const { return m_trendDock; }

    // Full-screen wallboard on screen `screenIndex` (0-based; -1 or out of range: the window's own screen,
    // else the primary one). F11 opens it, Esc (and the PIN, when set) returns to this window. Returns a
    // note for the user when the requested screen was not available, empty otherwise.
    QString showWallboard(int screenIndex = -1);
    Wallboard *wallboard() const;
    void closeWallboard();

    // The webhook receiver to report on in the status bar (state, events accepted and rejected, the last
    // reason) and in the settings dialog (status, "Send test event"); null: webhooks are off. `secrets`
    // keeps the webhook secret (shown in Settings → Webhooks; may be null).
    void setWebhookReceiver(WebhookReceiver *receiver);
    void setWebhookSecrets(ApiKeyProvider *secrets);
    // The status bar's webhook text ("Webhooks: 12 received, 1 refused"); empty while webhooks are off.
    QString webhookStatusText() const;
    // A sentence for the settings dialog ("Listening on http://127.0.0.1:8787/webhooks/dialgen …").
    QString webhookDescription() const;

    // Tracks the call ids of a CSV file (a callId / call_id column, else the first column). Returns a
    // one-paragraph report for the user; *ok is false when the file could not be read.
    QString importCsvFile(const QString &path, bool *ok = nullptr);
    // Writes the rows currently shown (filter applied) to a CSV file. Returns an error text, empty on
    // success.
    QString exportCsvFile(const QString &path) const;

    // Splits pasted text on newlines, commas, semicolons, tabs and spaces; keeps ids verbatim
    // (cw::splitIds in idlist.h).
    static QStringList splitIds(const QString &text);
    // An id is 1..200 printable characters without whitespace, control characters, quotes or angle
    // brackets (cw::isPlausibleId in idlist.h).
    static bool isPlausibleId(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void updateHealth();
    void updateEmptyState();
    void showSelectedCall();
    void showCall(const CallSnapshot &call, bool tracked);
    void promptLookup();
    void handleLookup(const QString &callId, const CallSnapshot &call, const ApiError &error);
    void updateStatusToggles();
    void updateBatchSelector();
    QWidget *buildFilterBar(QWidget *parent);
    void applyTheme();
    void promptAddCalls();
    void promptTrackBatch();
    void promptImportCsv();
    void promptExportCsv();
    void buildTrends();
    void applyChartSettings();

    CallTableModel *m_model;
    CallTracker *m_tracker;
    CallFilterProxyModel *m_proxy;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_healthLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_pauseAction = nullptr;
    QPointer<HistoryStore> m_history;
    QPointer<Settings> m_settings;
    QList<QToolButton *> m_statusToggles; // indexed by CallStatus
    QComboBox *m_batchSelector = nullptr;
    DetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QString m_pendingLookup;
    QPointer<ApiKeyProvider> m_keys;
    TrendModel *m_trendModel = nullptr;
    TrendChart *m_trendChart = nullptr;
    QDockWidget *m_trendDock = nullptr;
    QPointer<Wallboard> m_wallboard;
    QPointer<WebhookReceiver> m_webhooks;
    QPointer<ApiKeyProvider> m_webhookSecrets;
    QLabel *m_webhookLabel = nullptr;
    void updateWebhookStatus();
    bool m_wasMaximized = false;
    QList<QPair<QAction *, QString>> m_themedActions; // re-tinted when the palette turns light or dark
};

} // namespace cw
