#include "session_audit_log.h"

#include "session_connection.h"
#include "session_convert_p.h"
#include "session_event_stream.h"
#include "session_rpc_p.h"
#include "session_session.h"
#include "session_status_p.h"

#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"

#include <google/protobuf/util/time_util.h>

#include <QSet>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace session {

namespace v1 = switchboard::v1;
using DirectoryStub = v1::DirectoryService::Stub;

namespace {

constexpr int kMaxPagesPerFetch = 20;

AuditItem itemOf(const v1::AuditEntry &e)
{
    AuditItem item;
    item.id = convert::string(e.id());
    item.at = convert::dateTime(e.at());
    item.actorUserId = convert::string(e.actor().user_id());
    item.actorName = convert::string(e.actor().username());
    item.service = convert::string(e.service());
    item.action = convert::string(e.action());
    item.target = convert::string(e.target());
    item.details = convert::string(e.details());
    if (item.service.isEmpty())
        item.service = QStringLiteral("directory");     // the directory's own entries
    return item;
}

rpc::Options directoryOptions()
{
    rpc::Options o;
    o.service = QStringLiteral("directory");
    return o;
}

bool before(const AuditItem &a, const AuditItem &b)    // a newer than b
{
    return a.at > b.at;
}

} // namespace

bool AuditFilter::matches(const AuditItem &item) const
{
    if (!service.isEmpty() && item.service.compare(service, Qt::CaseInsensitive) != 0)
        return false;
    if (!action.isEmpty()) {
        const bool exact = item.action.compare(action, Qt::CaseInsensitive) == 0;
        const bool kind = !action.contains(QLatin1Char('.'))
            && item.action.startsWith(action + QLatin1Char('.'), Qt::CaseInsensitive);
        if (!exact && !kind)
            return false;
    }
    if (from.isValid() && item.at < from)
        return false;
    if (to.isValid() && item.at > to)
        return false;
    const QString text = search.trimmed();
    if (!text.isEmpty()) {
        const bool hit = item.action.contains(text, Qt::CaseInsensitive) || item.target.contains(text, Qt::CaseInsensitive)
            || item.details.contains(text, Qt::CaseInsensitive) || item.actorName.contains(text, Qt::CaseInsensitive)
            || item.service.contains(text, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    return true;
}

struct AuditLog::Private {
    explicit Private(Session &s) : session(s) {}

    Session &session;
    std::unique_ptr<DirectoryStub> directory;
    AuditFilter filter;
    int pageSize = 100;
    QList<AuditItem> entries;           // newest first
    QSet<QString> ids;
    QString nextToken;
    quint64 generation = 0;
    bool loading = false;
    bool loaded = false;
    bool newerPending = false;
    bool newerAgain = false;
    QTimer newerTimer;                  // coalesces directory changes
    QSet<QString> services, actions;
    QList<AuditItem> pendingLive;

    void note(const AuditItem &item)
    {
        services.insert(item.service);
        const qsizetype dot = item.action.indexOf(QLatin1Char('.'));
        actions.insert(dot > 0 ? item.action.left(dot) : item.action);
    }
};

AuditLog::AuditLog(Session &session, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(session))
{
    qRegisterMetaType<QList<AuditItem>>();
    d->directory = v1::DirectoryService::NewStub(session.connection().channel());
    d->newerTimer.setSingleShot(true);
    d->newerTimer.setInterval(200);
    connect(&d->newerTimer, &QTimer::timeout, this, &AuditLog::fetchNewer);
    connect(&session.events(), &EventStream::eventsReceived, this, [this](const EventBatchPtr &batch) {
        QList<AuditItem> live;
        bool directory = false;
        for (const v1::Event &event : batch->events()) {
            if (event.payload_case() == v1::Event::kAuditRecorded)
                live << itemOf(event.audit_recorded());
            else if (event.payload_case() == v1::Event::kDirectoryChanged)
                directory = true;
        }
        if (!d->loaded) {
            if (d->loading)
                d->pendingLive += live;     // added once the query's first page is in
            return;
        }
        if (!live.isEmpty())
            addLive(live);
        if (directory)
            d->newerTimer.start();
    });
    connect(&session.events(), &EventStream::snapshotRequired, this, [this] {
        if (d->loaded)
            d->newerTimer.start();      // what was missed while away
    });
}

AuditLog::~AuditLog() = default;

void AuditLog::setFilter(const AuditFilter &filter)
{
    d->filter = filter;
    reload();
}

AuditFilter AuditLog::filter() const { return d->filter; }
void AuditLog::setPageSize(int size) { d->pageSize = std::clamp(size, 1, 1000); }
bool AuditLog::canFetchMore() const { return d->loaded && !d->loading && !d->nextToken.isEmpty(); }
bool AuditLog::isLoading() const { return d->loading; }
bool AuditLog::isLoaded() const { return d->loaded; }
QList<AuditItem> AuditLog::entries() const { return d->entries; }

QStringList AuditLog::knownServices() const
{
    QStringList out(d->services.cbegin(), d->services.cend());
    out.sort();
    return out;
}

QStringList AuditLog::knownActions() const
{
    QStringList out(d->actions.cbegin(), d->actions.cend());
    out.sort();
    return out;
}

void AuditLog::reload()
{
    ++d->generation;
    d->entries.clear();
    d->ids.clear();
    d->nextToken.clear();
    d->loaded = false;
    if (!d->loading) {
        d->loading = true;
        emit loadingChanged(true);
    }
    fetchPage(d->generation, {}, d->pageSize, {}, true, 0);
}

void AuditLog::fetchMore()
{
    if (!canFetchMore())
        return;
    d->loading = true;
    emit loadingChanged(true);
    fetchPage(d->generation, d->nextToken, d->pageSize, {}, false, 0);
}

void AuditLog::fetchPage(quint64 generation, const QString &token, int wanted, QList<AuditItem> collected, bool first,
                         int pagesRead)
{
    v1::ListAuditEntriesRequest request;
    request.mutable_page()->set_page_size(d->pageSize);
    request.mutable_page()->set_page_token(token.toStdString());
    // The server searches one text: the search, or else the service to narrow the pages.
    QString search = d->filter.search.trimmed();
    if (search.isEmpty())
        search = d->filter.service.trimmed();
    request.set_search(search.toStdString());
    if (d->filter.from.isValid())
        *request.mutable_since() = google::protobuf::util::TimeUtil::MillisecondsToTimestamp(d->filter.from.toMSecsSinceEpoch());
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::ListAuditEntries, request,
        [this, generation, wanted, collected = std::move(collected), first, pagesRead](const grpc::Status &status,
                                                                           v1::ListAuditEntriesResponse &response) mutable {
            if (generation != d->generation)
                return;     // a newer query replaced this one
            if (!status.ok()) {
                d->loading = false;
                emit loadingChanged(false);
                emit failed(status.error_message().empty() ? describeStatus(status)
                                                           : QString::fromStdString(status.error_message()),
                            int(status.error_code()));
                return;
            }
            bool pastTheRange = false;
            for (const v1::AuditEntry &e : response.entries()) {
                const AuditItem item = itemOf(e);
                d->note(item);
                if (d->filter.from.isValid() && item.at < d->filter.from)
                    pastTheRange = true;
                if (d->ids.contains(item.id) || !d->filter.matches(item))
                    continue;
                collected << item;
            }
            d->nextToken = pastTheRange ? QString() : QString::fromStdString(response.page().next_page_token());
            if (collected.size() < wanted && !d->nextToken.isEmpty() && pagesRead + 1 < kMaxPagesPerFetch) {
                fetchPage(generation, d->nextToken, wanted, std::move(collected), first, pagesRead + 1);
                return;
            }
            for (const AuditItem &item : std::as_const(collected))
                d->ids.insert(item.id);
            d->loading = false;
            if (first) {
                d->entries = collected;
                d->loaded = true;
                emit reloaded();
                // What was pushed while the page was on its way (the server may not have
                // stored it yet when it answered).
                const QList<AuditItem> pending = std::exchange(d->pendingLive, {});
                if (!pending.isEmpty())
                    addLive(pending);
            } else {
                d->entries += collected;
                emit appended(collected);
            }
            emit loadingChanged(false);
        },
        directoryOptions());
}

void AuditLog::addLive(const QList<AuditItem> &items)
{
    QList<AuditItem> fresh;
    for (const AuditItem &item : items) {
        d->note(item);
        if (d->ids.contains(item.id) || !d->filter.matches(item))
            continue;
        d->ids.insert(item.id);
        fresh << item;
    }
    if (fresh.isEmpty())
        return;
    std::stable_sort(fresh.begin(), fresh.end(), before);
    d->entries = fresh + d->entries;
    emit prepended(fresh);
}

void AuditLog::fetchNewer()
{
    if (!d->loaded)
        return;
    if (d->newerPending) {
        d->newerAgain = true;
        return;
    }
    d->newerPending = true;
    v1::ListAuditEntriesRequest request;
    request.mutable_page()->set_page_size(d->pageSize);
    QString search = d->filter.search.trimmed();
    if (search.isEmpty())
        search = d->filter.service.trimmed();
    request.set_search(search.toStdString());
    QDateTime since = d->filter.from;
    if (!d->entries.isEmpty() && (!since.isValid() || d->entries.constFirst().at > since))
        since = d->entries.constFirst().at;
    if (since.isValid())
        *request.mutable_since() = google::protobuf::util::TimeUtil::MillisecondsToTimestamp(since.toMSecsSinceEpoch());
    const quint64 generation = d->generation;
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::ListAuditEntries, request,
        [this, generation](const grpc::Status &status, v1::ListAuditEntriesResponse &response) {
            d->newerPending = false;
            if (status.ok() && generation == d->generation) {
                QList<AuditItem> items;
                for (const v1::AuditEntry &e : response.entries())
                    items << itemOf(e);
                addLive(items);
            }
            if (d->newerAgain) {
                d->newerAgain = false;
                fetchNewer();
            }
        },
        directoryOptions());
}

} // namespace session
