#pragma once
// Internal to session/: the one-line unary call on the gRPC callback API.
//
//   rpc::unary(connection, this, stub->async(), &Stub::async::SignIn, request,
//              [this](const grpc::Status &status, SignInResponse &response) { ... });
//
// The callback runs on the thread of the Connection (the GUI thread), by queued
// invocation, and only if `context` still exists then; the access token is attached
// unless the call says otherwise; the outcome feeds the service's health.

#include "session_connection_p.h"
#include "session_status_p.h"

#include <QMetaObject>
#include <QPointer>

#include <grpcpp/client_context.h>
#include <grpcpp/support/status.h>

#include <chrono>
#include <functional>
#include <memory>
#include <type_traits>

namespace session::rpc {

struct Options {
    QString service;                                // short name, for health; may be empty
    std::chrono::milliseconds timeout{10000};
    bool authenticated = true;
};

template <class Request, class Response>
struct UnaryState {
    grpc::ClientContext context;
    Request request;
    Response response;
};

template <class Async, class Request, class Response>
void unary(Connection &connection, QObject *context, Async *async,
           void (Async::*method)(grpc::ClientContext *, const Request *, Response *,
                                 std::function<void(grpc::Status)>),
           Request request,
           std::type_identity_t<std::function<void(const grpc::Status &, Response &)>> done,
           Options options = {})
{
    Connection::Private *d = connection.d_func();
    auto state = std::make_shared<UnaryState<Request, Response>>();
    state->request = std::move(request);
    state->context.set_deadline(std::chrono::system_clock::now() + options.timeout);
    if (options.authenticated && !d->accessToken.isEmpty())
        state->context.AddMetadata("authorization", "Bearer " + d->accessToken.toStdString());

    std::shared_ptr<CallTracker> calls = d->calls;
    if (!calls->add(&state->context))
        return;     // the connection is going away: nobody is left to tell

    QObject *dispatcher = d->dispatcher.get();
    Connection *owner = &connection;
    QPointer<QObject> guard(context);
    (async->*method)(&state->context, &state->request, &state->response,
        [state, calls, dispatcher, owner, guard, done = std::move(done),
         service = std::move(options.service)](grpc::Status status) mutable {
            // gRPC thread: touch no QObject, only post to the dispatcher.
            QMetaObject::invokeMethod(dispatcher,
                [state, owner, guard, done = std::move(done), service = std::move(service),
                 status = std::move(status)]() {
                    if (!service.isEmpty())
                        owner->reportCallOutcome(service, status.error_code(),
                                                 describeStatus(status));
                    if (guard)
                        done(status, state->response);
                },
                Qt::QueuedConnection);
            calls->remove(&state->context);
        });
}

} // namespace session::rpc
