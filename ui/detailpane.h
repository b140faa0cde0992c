#pragma once

#include "callsnapshot.h"
#include "clock.h"
#include "historystore.h"
#include "statusstyle.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace cw {

struct DetailPaneColours;

// Everything known about one call, for the selected row: status, every field of the snapshot, the error
// in plain words with Dialgen's retry behaviour, the recording link, summary, metrics, the transcript
// and the status history attempt by attempt, with actions (refresh, copy, stop / start tracking).
//
// The pane only shows what it is given and says what the user asked for through signals: it never talks
// to the tracker, the history store or the network itself. It follows the palette (light / dark) and
// scrolls, so long transcripts fit. Payload text (transcript, summary, errors, unknown statuses) is
// untrusted and always shown as plain text, never interpreted as HTML.
//
// Key children have object names so tests and the main window can find them: "detailEmptyState",
// "detailScroll", "callIdField", "statusLabel", "detailActions" (the action buttons), "errorSection",
// "recordingSection", "playRecordingButton", "copyLinkButton", "recordingWarning", "transcriptSection",
// "timelineSection", and each field's value label ("phoneValue", "startedValue", ...).
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    // Opens a URL outside the application; returns false when it could not.
    using UrlOpener = std::function<bool(const QUrl &)>;
    // Dialgen deletes recordings this many days after the call.
    static constexpr int RecordingRetentionDays = 90;

    explicit DetailPane(QWidget *parent = nullptr);
    // The clock (ages, the live duration of an ongoing call, the 90-day recording check) must outlive the
    // pane.
    explicit DetailPane(const Clock &clock, QWidget *parent = nullptr);
    ~DetailPane() override;

    // Shows a call. Showing the same call again (a newer snapshot) keeps the scroll position and the
    // timeline; another call scrolls to the top and clears the timeline until setTimeline().
    // A snapshot without a call id clears the pane.
    void setCall(const CallSnapshot &call);
    // The empty state: "Select a call to see its details".
    void clear();
    bool hasCall() const { return m_hasCall; }
    QString callId() const { return m_hasCall ? m_call.callId : QString(); }
    const CallSnapshot &call() const { return m_call; }

    // The shown call's status changes (HistoryStore::transitions(callId)), shown grouped by attempt.
    void setTimeline(const QList<HistoryStore::Transition> &transitions);
    QList<HistoryStore::Transition> timeline() const { return m_transitions; }

    // A tracked call offers "Stop tracking"; a looked-up call that is not tracked offers "Track this call".
    // Default: tracked.
    void setTracked(bool tracked);
    bool isTracked() const { return m_tracked; }

    void setClock(const Clock &clock);
    // Replaces QDesktopServices::openUrl (tests; an empty function restores the default). The pane only
    // ever passes https links to it.
    void setUrlOpener(UrlOpener opener);

    // Light or dark, judged from the palette; follows palette changes by itself.
    Theme theme() const { return m_theme; }

    // Recomputes the time-dependent texts (ages, an ongoing call's duration, the 90-day recording check).
    // Runs every second by itself while a call is shown.
    void updateTimes();

    // The actions, also shown as buttons (wrapping onto a second row when the pane is narrow). Their
    // shortcuts work while the focus is inside the pane (Qt::WidgetWithChildrenShortcut), so they never
    // clash with the main window's. A hidden action hides its button.
    QAction *refreshAction() const { return m_refreshAction; }           // Ctrl+R
    QAction *copyIdAction() const { return m_copyIdAction; }             // Ctrl+Shift+C
    QAction *copyJsonAction() const { return m_copyJsonAction; }         // Ctrl+Shift+J
    QAction *stopTrackingAction() const { return m_stopTrackingAction; } // Ctrl+Delete
    QAction *trackAction() const { return m_trackAction; }               // Ctrl+T
    QWidget *actionBar() const { return m_actionBar; }
    QToolButton *buttonForAction(const QAction *action) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void refreshRequested(const QString &callId);
    void stopTrackingRequested(const QString &callId);
    void trackRequested(const QString &callId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QLabel *name = nullptr;
        QLabel *value = nullptr;
    };

    void buildHeader(QVBoxLayout *into);
    void buildActions(QVBoxLayout *into);
    QFrame *addSection(QVBoxLayout *into, const QString &objectName, const QString &title, QVBoxLayout **body,
                       QLabel **titleLabel = nullptr);
    void buildErrorSection(QVBoxLayout *into);
    void buildDetailsSection(QVBoxLayout *into);
    void buildRecordingSection(QVBoxLayout *into);
    void buildSummarySection(QVBoxLayout *into);
    void buildMetricsSection(QVBoxLayout *into);
    void buildTimelineSection(QVBoxLayout *into);
    void buildTranscriptSection(QVBoxLayout *into);
    Field addField(const QString &name, const QString &objectName);

    void populate();
    void populateHeader();
    void populateDetails();
    void populateError();
    void populateRecording();
    void populateSummary();
    void populateConversation();
    void rebuildMetrics();
    void rebuildTranscript();
    void rebuildTimeline();
    void updateActions();
    void applyTheme(bool force = false);
    void setInk(QWidget *widget, const QColor &colour) const;
    void setMuted(QWidget *widget, bool muted) const;
    void setFieldText(const Field &field, const QString &text, const QString &toolTip = {}) const;
    QLabel *mutedLabel(QWidget *parent, const QString &objectName, const QString &text = {}) const;
    void showFeedback(const QString &text);

    void copyId();
    void copyJson();
    void copyLink();
    void openRecording();

    QString formatWhen(const QDateTime &when, bool withAge) const;
    std::optional<qint64> callAgeSeconds() const;

    const Clock *m_clock;
    UrlOpener m_opener;
    CallSnapshot m_call;
    bool m_hasCall = false;
    bool m_tracked = true;
    Theme m_theme = Theme::Light;
    bool m_themeApplied = false;
    // The colours of the current palette and theme, read by the painted surfaces (cards, bubbles).
    std::unique_ptr<DetailPaneColours> m_colours;
    QList<HistoryStore::Transition> m_transitions;
    // What the rebuilt blocks show, so a newer snapshot of the same call does not rebuild them for nothing.
    std::optional<QList<TranscriptLine>> m_shownTranscript;
    std::optional<QJsonObject> m_shownMetrics;
    bool m_timelineDirty = true;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_page = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_feedbackTimer = nullptr;

    // Header
    QLabel *m_statusIcon = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_feedback = nullptr;
    QLabel *m_headerAge = nullptr;
    QLineEdit *m_callIdField = nullptr;
    QLabel *m_subtitle = nullptr;
    QFrame *m_headerRule = nullptr;

    // Actions
    QWidget *m_actionBar = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_copyJsonAction = nullptr;
    QAction *m_stopTrackingAction = nullptr;
    QAction *m_trackAction = nullptr;

    // Error
    QFrame *m_errorSection = nullptr;
    QLabel *m_errorIcon = nullptr;
    QLabel *m_errorTitle = nullptr;
    QLabel *m_errorRaw = nullptr;
    QLabel *m_errorExplanation = nullptr;
    QLabel *m_errorRetry = nullptr;
    QLabel *m_errorRetryIcon = nullptr;

    // Details
    QFormLayout *m_form = nullptr;
    Field m_phone, m_contact, m_batch, m_agent, m_direction, m_started, m_ended, m_duration, m_lastUpdate,
        m_source;

    // Recording
    QLabel *m_recordingPlaceholder = nullptr;
    QLabel *m_recordingUrl = nullptr;
    QWidget *m_recordingButtons = nullptr;
    QPushButton *m_playButton = nullptr;
    QPushButton *m_copyLinkButton = nullptr;
    QLabel *m_recordingInsecure = nullptr;
    QLabel *m_recordingWarning = nullptr;
    QLabel *m_recordingExpiry = nullptr;

    // Summary, metrics, transcript, timeline
    QLabel *m_summaryText = nullptr;
    QLabel *m_summaryPlaceholder = nullptr;
    QVBoxLayout *m_metricsLayout = nullptr;
    QWidget *m_metricsBody = nullptr;
    QLabel *m_metricsPlaceholder = nullptr;
    QLabel *m_transcriptTitle = nullptr;
    QVBoxLayout *m_transcriptLayout = nullptr;
    QWidget *m_transcriptBody = nullptr;
    QLabel *m_transcriptPlaceholder = nullptr;
    QVBoxLayout *m_timelineLayout = nullptr;
    QWidget *m_timelineBody = nullptr;
    QLabel *m_timelinePlaceholder = nullptr;
};

} // namespace cw
