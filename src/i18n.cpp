#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace cw {

bool installTranslators(QCoreApplication *app, const QLocale &locale)
{
    // Qt's own strings (dialog buttons, shortcuts) in the user's language, where Qt has them.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("callwatch"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("callwatch_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace cw
