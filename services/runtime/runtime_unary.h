#pragma once
// runtime::answerUnary(): how a service answers a unary RPC on the callback API: check
// the caller's token and roles, run the handler, finish the call with its status, and
// turn a store failure (an exception) into INTERNAL naming the store, never a crash.

#include "runtime_auth.h"

#include <grpcpp/grpcpp.h>

#include <exception>
#include <initializer_list>
#include <string>

namespace runtime {

// fn(const Caller &) -> grpc::Status. storeName goes into the INTERNAL message
// ("directory store: ..."). The reactor is the call's default one, finished here.
template<typename Fn>
grpc::ServerUnaryReactor *answerUnary(grpc::CallbackServerContext *context, const Authenticator &auth,
                                      std::initializer_list<switchboard::v1::Role> roles, const char *storeName, Fn &&fn)
{
    auto *reactor = context->DefaultReactor();
    const AuthResult result = auth.require(*context, roles);
    if (!result.ok()) {
        reactor->Finish(result.status);
        return reactor;
    }
    try {
        reactor->Finish(fn(result.caller));
    } catch (const std::exception &e) {
        reactor->Finish(grpc::Status(grpc::StatusCode::INTERNAL, std::string(storeName) + ": " + e.what()));
    }
    return reactor;
}

} // namespace runtime
