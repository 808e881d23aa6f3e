#pragma once
// modules::api::ModuleContext: what the application offers a module.

#include "api_global.h"

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace modules::api {

class InteractionHandle;

/*!
    The application as a module sees it, passed to Module::initialize(). Implemented
    by the application (one per loaded module), never by a module.

    This is the only way from a module to the session: there is no gRPC, no
    protobuf and no session type behind it a module could include. Everything is Qt.
*/
class SWITCHBOARD_MODULE_API ModuleContext : public QObject {
    Q_OBJECT
public:
    explicit ModuleContext(QObject *parent = nullptr);
    ~ModuleContext() override;

    //! The API version of the host, "1.0".
    virtual QString apiVersion() const = 0;
    //! The id of the module this context was made for.
    virtual QString moduleId() const = 0;

    //! Ids of the interactions the agent currently has, in inbox order.
    virtual QStringList interactionIds() const = 0;
    //! The interaction \a id, or nullptr. Owned by the application.
    virtual InteractionHandle *interaction(const QString &id) const = 0;

    //! The language the agent chose; localeChanged() follows a switch at run time.
    virtual QLocale locale() const = 0;

    /*!
        Installs \a translator (owned by the module) into the application, and removes
        it again before the module is unloaded (a translator left installed would
        point into unmapped memory). Returns false if it could not be installed.
        Load the module's .qm files for locale() and call this in initialize() and on
        localeChanged(); views then receive QEvent::LanguageChange as usual.
    */
    virtual bool installTranslator(QTranslator *translator) = 0;
    //! Removes a translator installed with installTranslator().
    virtual void removeTranslator(QTranslator *translator) = 0;

    /*!
        The logging category name for a module: "switchboard.module.<id>". Use it as
        \code
        Q_LOGGING_CATEGORY(lcChat, "switchboard.module.chat")
        \endcode
        so that an administrator can enable one module's logs with QT_LOGGING_RULES.
    */
    static QString loggingCategoryName(const QString &moduleId);

Q_SIGNALS:
    void interactionAdded(const QString &id);
    void interactionRemoved(const QString &id);
    void localeChanged(const QLocale &locale);
};

} // namespace modules::api
