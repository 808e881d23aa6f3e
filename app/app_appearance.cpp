#include "app_appearance.h"

#include <QApplication>
#include <QEvent>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>
#include <QWidget>
#include <QProcess>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace app {

Q_LOGGING_CATEGORY(lcAppearance, "switchboard.app.appearance", QtInfoMsg)

namespace {
const auto languageKey = QStringLiteral("appearance/language");
const auto themeKey = QStringLiteral("appearance/theme");
} // namespace

Appearance *Appearance::instance()
{
    static QPointer<Appearance> appearance;
    if (!appearance)
        appearance = new Appearance(qApp);
    return appearance;
}

Appearance::Appearance(QObject *parent)
    : QObject(parent), m_systemPalette(QApplication::palette())
{
    qApp->installEventFilter(this);
}

Appearance::~Appearance()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList Appearance::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

QString Appearance::nativeName(const QString &code)
{
    // Each language in its own words, as menus of every product show them (QLocale's
    // native names carry the country: "español de España").
    static const QHash<QString, QString> names = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
    return names.value(code, code);
}

bool Appearance::setLanguage(const QString &code)
{
    if (!languages().contains(code))
        return false;
    // Install the new translators before removing the old ones: each change sends one
    // LanguageChange, and the widgets retranslate with the final set.
    std::unique_ptr<QTranslator> translator;
    std::unique_ptr<QTranslator> qtTranslator;
    if (code != QLatin1String("en")) {
        translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral("switchboard_") + code, QStringLiteral(":/i18n"))) {
            qCWarning(lcAppearance) << "no translation for" << code << "in :/i18n";
            return false;
        }
        qtTranslator = std::make_unique<QTranslator>();
        if (!qtTranslator->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qtTranslator.reset();   // Qt's own dialogs stay English: not worth refusing the language
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_translator = std::move(translator);
    m_qtTranslator = std::move(qtTranslator);
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(QLocale(code));
    const bool changed = m_language != code;
    m_language = code;
    QSettings().setValue(languageKey, code);
    if (changed) {
        // Without a translator change (back to English) Qt sends no event: send it.
        // To the windows only (a widget passes the event on to its children), and
        // guarded: retranslating rebuilds menus, deleting widgets of the list.
        if (!m_translator) {
            QEvent event(QEvent::LanguageChange);
            QList<QPointer<QWidget>> windows;
            for (QWidget *widget : QApplication::topLevelWidgets())
                windows.append(widget);
            for (const QPointer<QWidget> &widget : std::as_const(windows)) {
                if (widget)
                    QCoreApplication::sendEvent(widget, &event);
            }
        }
        emit languageChanged(code);
    }
    return true;
}

Appearance::Theme Appearance::themeFromString(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return Theme::Light;
    if (name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return Theme::Dark;
    if (ok)
        *ok = name.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0;
    return Theme::System;
}

void Appearance::applySaved(const QString &languageOverride, const QString &themeOverride)
{
    QSettings settings;
    QString language = languageOverride;
    if (language.isEmpty())
        language = settings.value(languageKey).toString();
    if (language.isEmpty())
        language = QLocale::system().name().left(2);
    if (!setLanguage(language))
        setLanguage(QStringLiteral("en"));
    bool ok = false;
    Theme theme = themeFromString(themeOverride.isEmpty() ? settings.value(themeKey).toString() : themeOverride, &ok);
    setTheme(ok ? theme : Theme::System);
}

void Appearance::setTheme(Theme theme)
{
    m_theme = theme;
    QSettings().setValue(themeKey, QString::fromLatin1(QMetaEnum::fromType<Theme>().valueToKey(int(theme))).toLower());
    applyTheme();
}

bool Appearance::systemPrefersDark() const
{
    // Qt 6.4 has no colour-scheme API: ask what the desktop tells us, cheapest first.
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (gtkTheme.contains(QLatin1String("dark"), Qt::CaseInsensitive))
        return true;
    const QColor window = m_systemPalette.color(QPalette::Window);
    if (window.lightness() < 128)
        return true;
    static const int gnome = [] {
        QProcess gsettings;
        gsettings.start(QStringLiteral("gsettings"),
                        {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.interface"), QStringLiteral("color-scheme")});
        if (!gsettings.waitForFinished(500) || gsettings.exitCode() != 0)
            return 0;
        return gsettings.readAllStandardOutput().contains("prefer-dark") ? 1 : 0;
    }();
    return gnome == 1;
}

void Appearance::applyTheme()
{
    m_dark = m_theme == Theme::Dark || (m_theme == Theme::System && systemPrefersDark());
    m_applying = true;
    if (m_theme == Theme::System && !m_dark) {
        QApplication::setPalette(m_systemPalette);
    } else {
        // Fusion draws our palettes faithfully on every platform.
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(m_dark ? darkPalette() : lightPalette());
    }
    m_applying = false;
    emit themeChanged(m_theme, m_dark);
}

bool Appearance::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop switched its palette (light to dark): follow it when on System.
    if (event->type() == QEvent::ApplicationPaletteChange && watched == qApp && !m_applying
        && m_theme == Theme::System) {
        m_systemPalette = QApplication::palette();
        applyTheme();
    }
    return QObject::eventFilter(watched, event);
}

QPalette Appearance::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xf0, 0xf3));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xe9, 0xeb, 0xee));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xdb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x73, 0x7d));
    p.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xc8));
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc8, 0xcd));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa0, 0xa6));
    return p;
}

QPalette Appearance::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x23, 0x26, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Base, QColor(0x1a, 0x1c, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x33));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Button, QColor(0x30, 0x34, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xe8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x34, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x93, 0x9c));
    p.setColor(QPalette::Link, QColor(0x6e, 0xa8, 0xff));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3d));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x4f, 0x57));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x72, 0x7a));
    return p;
}

} // namespace app
