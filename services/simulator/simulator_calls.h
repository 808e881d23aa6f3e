#pragma once
// A unary call of a simulation participant through the session core's call helper,
// retried while the server is away (a restart in the middle of a soak): UNAVAILABLE
// and DEADLINE_EXCEEDED are tried again every 500 ms, up to a minute. Only for calls
// that are safe to repeat (reads, idempotent commands, or commands whose repetition
// the server refuses harmlessly).

#include "simulator_participant.h"

#include "session_rpc_p.h"

#include <QTimer>

#include <functional>

namespace simulator {

template <class Async, class Request, class Response>
void call(Participant &participant, QObject *context, Async *async,
          void (Async::*method)(grpc::ClientContext *, const Request *, Response *, std::function<void(grpc::Status)>),
          Request request, std::function<void(const grpc::Status &, Response &)> done, int attemptsLeft = 120)
{
    session::rpc::unary(
        participant.connection(), context, async, method, request,
        [&participant, context, async, method, request, done, attemptsLeft](const grpc::Status &status,
                                                                             Response &response) {
            const bool transient = status.error_code() == grpc::StatusCode::UNAVAILABLE
                || status.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED;
            if (transient && attemptsLeft > 1) {
                QTimer::singleShot(500, context, [&participant, context, async, method, request, done, attemptsLeft] {
                    call(participant, context, async, method, request, done, attemptsLeft - 1);
                });
                return;
            }
            done(status, response);
        });
}

} // namespace simulator
