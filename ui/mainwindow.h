#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QLineEdit;
class QTableView;
class QAction;
class QStackedWidget;

namespace cw {

class CallFilterProxyModel;
class CallTableModel;
class CallTracker;
class HistoryStore;

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
    // Shows the history store's troubles (not saving, a damaged file moved aside) in the banner.
    void setHistory(HistoryStore *history);
    // Shows the "add calls" dialog's logic without the dialog: returns the ids that were not valid.
    QStringList addCallIds(const QString &text);

    QStringList selectedCallIds() const;

    // Splits pasted text on newlines, commas, semicolons, tabs and spaces; keeps ids verbatim
    // (cw::splitIds in idlist.h).
    static QStringList splitIds(const QString &text);
    // An id is 1..200 printable characters without whitespace, control characters, quotes or angle
    // brackets (cw::isPlausibleId in idlist.h).
    static bool isPlausibleId(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void updateHealth();
    void updateEmptyState();
    void applyTheme();
    void promptAddCalls();
    void promptTrackBatch();

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
};

} // namespace cw
