#include "gateway_web_pages.h"

#include "switchboard/v1/stats.grpc.pb.h"

#include <google/protobuf/util/json_util.h>
#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>

#include <QFile>

#include <chrono>
#include <optional>

namespace gateway {

namespace {

// The HTTP answer for a gRPC status from the stats service.
std::pair<int, QByteArray> httpStatusOf(grpc::StatusCode code)
{
    switch (code) {
    case grpc::StatusCode::UNAUTHENTICATED: return {401, "Unauthorized"};
    case grpc::StatusCode::PERMISSION_DENIED: return {403, "Forbidden"};
    case grpc::StatusCode::INVALID_ARGUMENT: return {400, "Bad Request"};
    case grpc::StatusCode::NOT_FOUND: return {404, "Not Found"};
    case grpc::StatusCode::DEADLINE_EXCEEDED: return {504, "Gateway Timeout"};
    default: return {503, "Service Unavailable"};
    }
}

} // namespace

bool WebPages::isWallboardPath(const QByteArray &path)
{
    return path == "/wallboard" || path.startsWith("/wallboard/");
}

std::optional<WebPages::Page> WebPages::staticPage(const QByteArray &path)
{
    struct File {
        const char *path;
        const char *resource;
        const char *contentType;
    };
    static const File files[] = {
        {"/wallboard", ":/gateway/web/wallboard.html", "text/html; charset=utf-8"},
        {"/wallboard/", ":/gateway/web/wallboard.html", "text/html; charset=utf-8"},
        {"/wallboard/wallboard.js", ":/gateway/web/wallboard.js", "text/javascript; charset=utf-8"},
        {"/wallboard/wallboard.css", ":/gateway/web/wallboard.css", "text/css; charset=utf-8"},
    };
    for (const File &file : files) {
        if (path != file.path)
            continue;
        QFile resource(QString::fromLatin1(file.resource));
        if (!resource.open(QIODevice::ReadOnly))
            return std::nullopt;
        return Page{file.contentType, resource.readAll()};
    }
    return std::nullopt;
}

void WebPages::fetchSnapshot(const std::shared_ptr<grpc::Channel> &peers, const std::string &token,
                             SnapshotDone done)
{
    struct Call {
        grpc::ClientContext context;
        switchboard::v1::GetRealtimeSnapshotRequest request;
        switchboard::v1::RealtimeSnapshot response;
        std::unique_ptr<switchboard::v1::StatsService::Stub> stub;
        SnapshotDone done;
    };
    auto call = std::make_shared<Call>();
    call->stub = switchboard::v1::StatsService::NewStub(peers);
    call->done = std::move(done);
    call->context.AddMetadata("authorization", "Bearer " + token);
    call->context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
    call->stub->async()->GetRealtimeSnapshot(&call->context, &call->request, &call->response,
                                             [call](grpc::Status status) {
        if (!status.ok()) {
            const auto [http, reason] = httpStatusOf(status.error_code());
            const std::string text = status.error_code() == grpc::StatusCode::UNIMPLEMENTED
                                         || status.error_code() == grpc::StatusCode::UNAVAILABLE
                                     ? "the stats service is not reachable: " + status.error_message()
                                     : status.error_message();
            call->done(http, reason, "text/plain; charset=utf-8", QByteArray::fromStdString(text) + '\n');
            return;
        }
        std::string json;
        google::protobuf::util::JsonPrintOptions options;
        (void)google::protobuf::util::MessageToJsonString(call->response, &json, options);
        call->done(200, "OK", "application/json", QByteArray::fromStdString(json));
    });
}

} // namespace gateway
