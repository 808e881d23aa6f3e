#pragma once
// app::Appearance: the interface language and the colour theme, switchable while the
// client runs. Changing the language installs the client's and Qt's translators for
// it; every widget then gets QEvent::LanguageChange and retranslates itself (modules
// too: their panels get the same event). Themes: Light and Dark are Fusion palettes of
// our own; System follows the desktop (its palette, GTK_THEME, or GNOME's
// color-scheme setting) and is re-evaluated when the desktop's palette changes. The
// choices are saved and restored at the next start.

#include <QObject>
#include <QPalette>
#include <QStringList>

#include <memory>

class QTranslator;

namespace app {

class Appearance : public QObject {
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    // One per application, made on first use, parented to qApp.
    static Appearance *instance();

    // Codes of the languages the client is translated into, English first.
    static QStringList languages();
    // The language's own name ("Deutsch"), for menus.
    static QString nativeName(const QString &code);

    QString language() const { return m_language; }
    // Installs the translators for `code` ("en", "de", "es"); false for an unknown code.
    bool setLanguage(const QString &code);

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    // Whether the palette in use is dark (for a System theme: what the desktop chose).
    bool isDark() const { return m_dark; }

    // The saved choices (or the overrides, when not empty), at startup.
    void applySaved(const QString &languageOverride = {}, const QString &themeOverride = {});
    static Theme themeFromString(const QString &name, bool *ok = nullptr);

    static QPalette lightPalette();
    static QPalette darkPalette();

signals:
    void languageChanged(const QString &code);
    void themeChanged(app::Appearance::Theme theme, bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit Appearance(QObject *parent);
    ~Appearance() override;
    bool systemPrefersDark() const;
    void applyTheme();

    QString m_language = QStringLiteral("en");
    Theme m_theme = Theme::System;
    bool m_dark = false;
    bool m_applying = false;
    QPalette m_systemPalette;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace app
