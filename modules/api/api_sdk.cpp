// The out-of-line parts of the SDK: the QObject interfaces' constructors and
// destructors (their meta-objects live in this library, shared by every module).

#include "api_interaction_handle.h"
#include "api_message.h"
#include "api_module_context.h"

namespace modules::api {

InteractionHandle::InteractionHandle(QObject *parent) : QObject(parent) {}
InteractionHandle::~InteractionHandle() = default;

ModuleContext::ModuleContext(QObject *parent) : QObject(parent) {}
ModuleContext::~ModuleContext() = default;

QString ModuleContext::loggingCategoryName(const QString &moduleId)
{
    return QStringLiteral("switchboard.module.") + moduleId;
}

} // namespace modules::api
