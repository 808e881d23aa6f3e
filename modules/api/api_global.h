#pragma once
// The SDK's export macro and its version. Everything a module may use from the
// application is declared in the api_*.h headers of this folder and nowhere else.

#include <QtGlobal>

#if defined(SWITCHBOARD_MODULE_API_LIBRARY)
#  define SWITCHBOARD_MODULE_API Q_DECL_EXPORT
#else
#  define SWITCHBOARD_MODULE_API Q_DECL_IMPORT
#endif

namespace modules::api {

/*!
    The version of the module API this SDK declares.

    The major version is part of every interface ID (\c "org.switchboard.Module/1"):
    a module built against another major version is a different plugin type and the
    host refuses it before loading it. The minor version is written as \c apiVersion
    in the module's metadata (\c "1.0"); the host accepts a module whose major version
    equals its own and whose minor version is not newer than its own. Within a major
    version, the SDK only grows: new virtual functions go into new interfaces, never
    into existing ones, and value types are never changed in place.
*/
inline constexpr int ApiVersionMajor = 1;
inline constexpr int ApiVersionMinor = 0;

} // namespace modules::api
