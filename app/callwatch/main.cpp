// CallWatch: command line and wiring only.
#include "calltracker.h"
#include "credentialstore.h"
#include "dialgenclient.h"
#include "historystore.h"
#include "i18n.h"
#include "idlist.h"
#include "lookup.h"
#include "mainwindow.h"
#include "session.h"
#include "settings.h"
#include "sim/dialgensimulator.h"
#include "theme.h"
#include "webhookreceiver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>
#include <optional>
#include <tuple>
#include <utility>

namespace {

constexpr int kBadUsage = cw::LookupResult::BadUsage;

void printError(const QString &text)
{
    const QByteArray bytes = QStringLiteral("callwatch: ").toLocal8Bit() + text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("CallWatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("CallWatch"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("callwatch.app"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLWATCH_VERSION));
}

// Every option of the command line; the same set for the GUI and for the lookup without a display.
struct Options
{
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the built-in Dialgen simulator and watch its calls.")};
    QCommandLineOption baseUrl{
        QStringLiteral("base-url"),
        QCoreApplication::translate("main", "Dialgen API base URL (default https://sa.dialgen.ai)."),
        QStringLiteral("url")};
    QCommandLineOption track{QStringLiteral("track"),
                             QCoreApplication::translate("main", "Track this call id (repeatable)."),
                             QStringLiteral("id")};
    QCommandLineOption trackBatch{
        QStringLiteral("track-batch"),
        QCoreApplication::translate("main", "Track every call of this batch (repeatable)."),
        QStringLiteral("id")};
    QCommandLineOption speed{QStringLiteral("demo-speed"),
                             QCoreApplication::translate(
                                 "main", "How much faster than real time the demo's calls run (default 40)."),
                             QStringLiteral("factor"), QStringLiteral("40")};
    QCommandLineOption dataDir{
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main",
                                    "Keep the call history in this folder instead of the default one."),
        QStringLiteral("folder")};
    QCommandLineOption lookup{
        QStringLiteral("lookup"),
        QCoreApplication::translate("main", "Look this call up. With --json: print it as one JSON object and "
                                            "exit (0 found, 3 not found, 4 key rejected or missing, "
                                            "5 network or server error, 2 bad usage); no display needed."),
        QStringLiteral("id")};
    QCommandLineOption theme{
        QStringLiteral("theme"),
        //: --help text; keep the words system, light and dark in English: they are what the option takes
        QCoreApplication::translate("main", "Colour theme for this run: system, light or dark."),
        QStringLiteral("theme")};
    QCommandLineOption wallboard{
        QStringLiteral("wallboard"),
        QCoreApplication::translate("main",
                                    "Start on the full-screen wallboard (Esc returns to the window).")};
    QCommandLineOption screen{
        QStringLiteral("screen"),
        QCoreApplication::translate("main", "With --wallboard: the screen to fill, counted from 0."),
        QStringLiteral("n")};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language for this run, e.g. de, fr, pt_BR (default: the one "
                                            "chosen in Settings, else the system's)."),
        QStringLiteral("language")};
    QCommandLineOption webhookListen{
        QStringLiteral("webhook-listen"),
        QCoreApplication::translate(
            "main", "Receive Dialgen webhooks on this address and port for this run, e.g. 127.0.0.1:8787. "
                    "The secret comes from DIALGEN_WEBHOOK_SECRET or the keychain."),
        QStringLiteral("address:port")};
    QCommandLineOption json{
        QStringLiteral("json"),
        QCoreApplication::translate("main", "With --lookup: print the call as JSON on stdout, no window.")};

    // Adds the help and version options too.
    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "CallWatch watches Dialgen AI phone calls: status, errors and recordings at a glance.\n"
                    "The API key is read from the DIALGEN_API_KEY environment variable."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, baseUrl, track, trackBatch, speed, dataDir, lookup, json, theme, wallboard,
                           screen, webhookListen, lang});
    }
};

// Decided before any application object exists, because the GUI path needs a display and the
// `--lookup ID --json` path must not: true when the command line asks for --json.
bool wantsJsonLookup(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    if (parser.parse(arguments))
        return parser.isSet(options.json);
    // A bad command line that mentions --json is reported by the headless path, without a display.
    for (const QString &argument : std::as_const(arguments)) {
        if (argument == QLatin1String("--json") || argument.startsWith(QLatin1String("--json=")))
            return true;
    }
    return parser.isSet(options.json);
}

// --help and --version only print: like the JSON lookup they must work without a display.
bool wantsTextOnly(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    (void)parser.parse(arguments);
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")) ||
           parser.isSet(QStringLiteral("version"));
}

int printHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    cw::installTranslators(&app);
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app); // prints the help or the version and exits
    return 0;
}

// callwatch --lookup ID --json: a QCoreApplication only, one JSON object on stdout or one line on stderr.
int runJsonLookup(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    cw::installTranslators(&app);

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        printError(parser.errorText());
        return kBadUsage;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList ids = parser.values(options.lookup);
    if (ids.isEmpty()) {
        printError(QCoreApplication::translate("main", "--json needs --lookup ID"));
        return kBadUsage;
    }
    if (ids.size() > 1) {
        printError(QCoreApplication::translate("main", "--lookup with --json takes exactly one call id"));
        return kBadUsage;
    }
    for (const QCommandLineOption *guiOnly :
         {&options.demo, &options.track, &options.trackBatch, &options.speed, &options.dataDir,
          &options.wallboard, &options.screen, &options.webhookListen, &options.lang}) {
        if (parser.isSet(*guiOnly)) {
            printError(QCoreApplication::translate("main", "--%1 cannot be combined with --json")
                           .arg(guiOnly->names().constFirst()));
            return kBadUsage;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("main", "unexpected argument: %1")
                       .arg(cw::sanitizedLine(parser.positionalArguments().constFirst(), QString())));
        return kBadUsage;
    }

    cw::ClientConfig config;
    config.apiKey = qEnvironmentVariable("DIALGEN_API_KEY");
    if (parser.isSet(options.baseUrl))
        config.baseUrl = QUrl(parser.value(options.baseUrl), QUrl::StrictMode);

    const cw::LookupResult result = cw::runLookup(config, ids.constFirst());
    if (!result.stdoutText.isEmpty())
        printOut(result.stdoutText);
    if (!result.stderrLine.isEmpty())
        printError(result.stderrLine);
    return result.exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsJsonLookup(argc, argv))
        return runJsonLookup(argc, argv);
    if (wantsTextOnly(argc, argv))
        return printHelpOrVersion(argc, argv);

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral("app.callwatch.CallWatch"));

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);
    if (parser.isSet(options.json)) { // wantsJsonLookup() sends every --json elsewhere; kept as a guard
        printError(QCoreApplication::translate("main", "--json needs --lookup ID"));
        return kBadUsage;
    }

    cw::Settings settings;
    // The language: --lang, else the one chosen in Settings, else the system's.
    QString language = settings.language();
    if (parser.isSet(options.lang)) {
        const cw::SettingCheck check =
            cw::Settings::check(cw::SettingKey::Language, parser.value(options.lang));
        if (!check.isAccepted() || check.value.toString().isEmpty()) {
            printError(
                QCoreApplication::translate("main", "--lang needs a language tag such as de, fr or pt_BR"));
            return kBadUsage;
        }
        language = check.value.toString();
    }
    cw::installTranslators(&app, language.isEmpty() ? QLocale() : QLocale(language));
    cw::ClientConfig config;
    config.apiKey = qEnvironmentVariable("DIALGEN_API_KEY");
    config.baseUrl = settings.baseUrl();
    if (parser.isSet(options.baseUrl)) {
        config.baseUrl = QUrl(parser.value(options.baseUrl), QUrl::StrictMode);
        if (const cw::ApiError urlError = cw::DialgenClient::checkBaseUrl(config.baseUrl);
            urlError.isError()) {
            printError(urlError.userMessage());
            return kBadUsage;
        }
    }
    // Without --json, --lookup opens the window and tracks the call.
    const QStringList lookups = parser.values(options.lookup);
    for (const QString &id : lookups) {
        if (!cw::isPlausibleId(id)) {
            printError(QCoreApplication::translate(
                "main", "invalid call id for --lookup: it must be 1 to 200 printable characters, without "
                        "spaces, quotes or angle brackets"));
            return kBadUsage;
        }
    }

    // --webhook-listen ADDR:PORT turns the receiver on for this run, whatever the settings say.
    std::optional<std::pair<QHostAddress, quint16>> webhookOverride;
    if (parser.isSet(options.webhookListen)) {
        QHostAddress address;
        quint16 port = 0;
        QString why;
        if (!cw::WebhookReceiver::parseListenAddress(parser.value(options.webhookListen), &address, &port,
                                                     &why)) {
            printError(QCoreApplication::translate("main", "--webhook-listen: %1").arg(why));
            return kBadUsage;
        }
        webhookOverride = std::make_pair(address, port);
    }

    int wallboardScreen = -1;
    if (parser.isSet(options.screen)) {
        bool ok = false;
        wallboardScreen = parser.value(options.screen).toInt(&ok);
        if (!ok || wallboardScreen < 0 || wallboardScreen > 63) {
            printError(QCoreApplication::translate("main", "--screen needs a screen number: 0, 1, 2…"));
            return kBadUsage;
        }
        if (!parser.isSet(options.wallboard)) {
            printError(QCoreApplication::translate("main", "--screen goes with --wallboard"));
            return kBadUsage;
        }
    }

    cw::Session session(config);
    cw::CallTracker::Settings trackerSettings;
    trackerSettings.poll = settings.pollSettings();
    session.tracker()->setSettings(trackerSettings);
    // The demo's simulated calls never mix with the real history (unless a folder is given).
    if (parser.isSet(options.demo) && !parser.isSet(options.dataDir))
        session.openThrowawayHistory();
    else
        session.openHistory(parser.value(options.dataDir), settings.retentionDays(),
                            cw::Session::HistoryLoad::Background); // the window paints while it loads
    if (parser.isSet(options.demo)) {
        cw::Session::DemoOptions demo;
        bool ok = false;
        demo.speed = parser.value(options.speed).toDouble(&ok);
        if (!ok || demo.speed <= 0 || demo.speed > 10000) {
            printError(
                QCoreApplication::translate("main", "--demo-speed needs a number between 0 and 10000"));
            return kBadUsage;
        }
        QString error;
        if (!session.startDemo(demo, &error)) {
            printError(
                QCoreApplication::translate("main", "could not start the demo simulator: %1").arg(error));
            return 1;
        }
    }
    session.tracker()->trackCalls(parser.values(options.track));
    for (const QString &batch : parser.values(options.trackBatch))
        session.tracker()->trackBatch(batch);

    cw::Settings::Theme theme = settings.theme();
    if (parser.isSet(options.theme)) {
        const QString choice = parser.value(options.theme).toLower();
        if (choice == QLatin1String("light"))
            theme = cw::Settings::Theme::Light;
        else if (choice == QLatin1String("dark"))
            theme = cw::Settings::Theme::Dark;
        else if (choice == QLatin1String("system"))
            theme = cw::Settings::Theme::System;
        else {
            //: Command-line error; system, light and dark are the option's values: keep them in English
            printError(QCoreApplication::translate("main", "--theme takes system, light or dark"));
            return kBadUsage;
        }
    }
    cw::applyThemeChoice(theme);
    cw::MainWindow window(session.model(), session.tracker());
    window.setSettings(&settings); // first: the charts' range and time zone, before the history loads
    window.setHistory(session.history());
    if (session.isDemo()) {
        window.setSourceDescription(
            //: Shown above the call table in demo mode; %1 is the simulator's address, %2 a speed factor
            QCoreApplication::translate("main",
                                        "Demo: simulated Dialgen calls from the built-in simulator at %1, "
                                        "running %2× faster than real time.")
                .arg(session.simulator()->baseUrl().toString(),
                     cw::formatNumber(parser.value(options.speed).toDouble())));
    }
    // The API key: DIALGEN_API_KEY, else the system keychain, else asked for (kept for this session).
    cw::ApiKeyProvider keys(std::make_unique<cw::KeychainCredentialStore>());
    if (!session.isDemo()) {
        QObject::connect(&keys, &cw::ApiKeyProvider::keyChanged, session.tracker(), [&session, &keys] {
            session.client()->setApiKey(keys.key());
            session.tracker()->refreshAll();
        });
        window.setApiKeyProvider(&keys);
        keys.load();
    }
    // Settings changed in the dialog take effect at once.
    QObject::connect(&settings, &cw::Settings::changed, session.tracker(), [&](cw::SettingKey key) {
        switch (key) {
        case cw::SettingKey::BaseUrl:
            if (!session.isDemo() && !parser.isSet(options.baseUrl)) {
                cw::ClientConfig client = session.client()->config();
                client.baseUrl = settings.baseUrl();
                session.client()->setConfig(client);
                session.tracker()->refreshAll();
            }
            break;
        case cw::SettingKey::Theme:
            cw::applyThemeChoice(settings.theme());
            break;
        case cw::SettingKey::RetentionDays:
            if (session.history()) {
                session.history()->setRetentionDays(settings.retentionDays());
                session.history()->applyRetention();
            }
            break;
        case cw::SettingKey::OngoingCadenceMs:
        case cw::SettingKey::ScheduledCadenceMs:
        case cw::SettingKey::BatchCadenceMs:
        case cw::SettingKey::BatchStatisticsCadenceMs:
        case cw::SettingKey::MaxInFlight:
        case cw::SettingKey::RateLimitPerSecond:
        case cw::SettingKey::MaxCallDurationS:
        case cw::SettingKey::StaleAfterCadences: {
            cw::CallTracker::Settings tracking = session.tracker()->settings();
            tracking.poll = settings.pollSettings();
            session.tracker()->setSettings(tracking);
            break;
        }
        default:
            break; // window state, filters, language (read at start), time zone (charts)
        }
    });
    // Webhooks: on with --webhook-listen, else as the settings say. The secret (DIALGEN_WEBHOOK_SECRET, else
    // the keychain) is resolved before the receiver opens, so it never accepts unsigned deliveries while
    // a secret is still loading.
    cw::ApiKeyProvider webhookSecrets(std::make_unique<cw::KeychainCredentialStore>(
        cw::KeychainCredentialStore::defaultService(), QStringLiteral("dialgen-webhook-secret")));
    webhookSecrets.setEnvironmentVariable(QStringLiteral("DIALGEN_WEBHOOK_SECRET"));
    window.setWebhookSecrets(&webhookSecrets);
    const auto applyWebhooks = [&] {
        if (!webhookSecrets.isLoaded())
            return;
        const bool wanted = webhookOverride || settings.integer(cw::SettingKey::WebhookEnabled) != 0;
        if (!wanted) {
            session.stopWebhookReceiver();
            window.setWebhookReceiver(session.webhookReceiver());
            return;
        }
        QHostAddress address(settings.text(cw::SettingKey::WebhookAddress));
        if (address.isNull())
            address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = quint16(settings.integer(cw::SettingKey::WebhookPort));
        if (webhookOverride)
            std::tie(address, port) = *webhookOverride;
        QString why;
        if (!session.startWebhookReceiver(address, port, webhookSecrets.key().toUtf8(), &why))
            printError(QCoreApplication::translate("main", "webhook receiver not started: %1").arg(why));
        window.setWebhookReceiver(session.webhookReceiver());
    };
    QObject::connect(&webhookSecrets, &cw::ApiKeyProvider::loaded, &window, applyWebhooks);
    QObject::connect(&webhookSecrets, &cw::ApiKeyProvider::keyChanged, &window, applyWebhooks);
    QObject::connect(&settings, &cw::Settings::changed, &window, [&](cw::SettingKey key) {
        if (!webhookOverride && (key == cw::SettingKey::WebhookEnabled ||
                                 key == cw::SettingKey::WebhookAddress || key == cw::SettingKey::WebhookPort))
            applyWebhooks();
    });
    // Read at start like the API key, so turning webhooks on in the settings needs no second prompt.
    webhookSecrets.load();

    session.tracker()->start();
    if (parser.isSet(options.wallboard)) {
        const QString note = window.showWallboard(wallboardScreen);
        if (!note.isEmpty())
            printError(note); // the screen asked for is not there; the board uses another one
    } else {
        window.show();
    }
    // --lookup ID without --json: open the window on that call (shown, not tracked).
    if (!lookups.isEmpty())
        window.showLookup(lookups.constLast());
    return app.exec();
}
