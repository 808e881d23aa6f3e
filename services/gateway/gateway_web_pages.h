#pragma once
// The gateway's plain HTTP pages beside /events: the read-only web wallboard for TVs
// that run no client (docs/web-wallboard.md).
//
//   GET /wallboard                  the page (HTML)
//   GET /wallboard/wallboard.js     its script, GET /wallboard/wallboard.css its style
//   GET /wallboard/snapshot         Authorization: Bearer <token> (supervisor or admin):
//                                   StatsService.GetRealtimeSnapshot in the JSON mapping
//
// The page then signs in on /events with a JSON hello and applies the stats service's
// queue_metrics_changed deltas, like the desktop client does.

#include <QByteArray>

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace grpc { class Channel; }

namespace gateway {

class WebPages {
public:
    struct Page {
        QByteArray contentType;
        QByteArray body;
    };

    static bool isWallboardPath(const QByteArray &path);
    static bool isSnapshotPath(const QByteArray &path) { return path == "/wallboard/snapshot"; }
    // A static file of the wallboard, or nothing (404).
    static std::optional<Page> staticPage(const QByteArray &path);

    // Asks the stats service for the realtime snapshot with the caller's own token, so
    // that the stats service applies its own role checks. `done` runs on a gRPC thread
    // with the HTTP status, its reason phrase and a body (JSON on 200, a sentence else).
    using SnapshotDone = std::function<void(int status, QByteArray reason, QByteArray contentType, QByteArray body)>;
    static void fetchSnapshot(const std::shared_ptr<grpc::Channel> &peers, const std::string &token,
                              SnapshotDone done);
};

} // namespace gateway
