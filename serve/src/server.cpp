#include "article_writer.hpp"
#include "bearer_token.hpp"
#include "http_errors.hpp"
#include "json_lines_upload.hpp"
#include "search_page.hpp"
#include "search_parameters.hpp"
#include "searcher_pool.hpp"
#include "stats_json.hpp"

#include <morgue/article_json.hpp>
#include <morgue/error.hpp>
#include <morgue/printable.hpp>
#include <morgue/server.hpp>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <iostream>

namespace morgue {
namespace {

constexpr const char* kJson = "application/json; charset=utf-8";
constexpr std::size_t kUploadBatch = 100;      // articles handed to the writer at a time
constexpr std::size_t kProblemsListed = 100;   // problems of one upload named in the answer (all are counted)

std::string dump(const nlohmann::json& json) {
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void answer_error(httplib::Response& res, int status, const std::string& message) {
    res.status = status;
    if (status == 503) res.set_header("Retry-After", "1");
    if (status == 401) res.set_header("WWW-Authenticate", "Bearer");
    res.set_content(serve::error_json(message), kJson);
}

// The message of a status httplib sets by itself.
std::string status_text(int status) {
    switch (status) {
        case 400: return "malformed HTTP request";
        case 404: return "no such endpoint (GET /search, /articles/ID, /stats, /health; see README.md)";
        case 413: return "request body too large";
        case 414: return "request URI too long (at most 8192 bytes)";
        default: return "HTTP status " + std::to_string(status);
    }
}

void validate(const ServerOptions& options) {
    if ((options.writable || options.reads_need_token) && !options.token)
        throw Error(options.writable ? "a writable server needs a token: give --token-file FILE"
                                     : "--token-for-reads needs a token: give --token-file FILE");
    if (options.threads == 0) throw Error("--threads must be at least 1");
}

}  // namespace

struct Server::Impl {
    ServerOptions options;
    std::unique_ptr<serve::ArticleWriter> writer;  // before the searchers: a writable server may create the database
    serve::SearcherPool searchers;
    httplib::Server http;
    int port = 0;

    explicit Impl(ServerOptions opts)
        : options((validate(opts), std::move(opts))), writer(make_writer(options)),
          searchers(options.database, options.threads) {
        configure();
        routes();
        port = options.port == 0 ? http.bind_to_any_port(options.host) : bind(options.port);
        if (port < 0) throw Error("cannot listen on " + printable(options.host) + ":" + std::to_string(options.port));
    }

    static std::unique_ptr<serve::ArticleWriter> make_writer(const ServerOptions& options) {
        if (!options.writable) return nullptr;
        IndexerOptions indexing;
        indexing.database = options.database;
        indexing.batch_size = options.commit_batch;
        indexing.threads = 1;  // the worker threads are busy answering; one analyzes
        auto writer = std::make_unique<serve::ArticleWriter>(std::move(indexing));
        writer->commit();  // a new database exists once committed, so the searchers can open it
        return writer;
    }

    int bind(int wanted) { return http.bind_to_port(options.host, wanted) ? wanted : -1; }

    void configure() {
        const unsigned threads = options.threads;
        // httplib takes ownership of the queue it is handed.
        http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
        const auto io = static_cast<time_t>(options.limits.io_timeout.count());
        http.set_read_timeout(io).set_write_timeout(io).set_keep_alive_timeout(2);
        http.set_payload_max_length(options.limits.max_body_bytes);
        // Answers are small and written in pieces (headers, body): without this, Nagle's algorithm
        // and the client's delayed ACK hold each answer back about 40 ms.
        http.set_tcp_nodelay(true);
        // Statuses httplib sets itself (404, 413, 414, 400 for a garbled request) get a JSON body too.
        http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
            if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
            answer_error(res, res.status, status_text(res.status));
            return httplib::Server::HandlerResponse::Handled;
        }));
        http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
            const serve::HttpError e = serve::http_error_of(error);
            answer_error(res, e.status, e.message);
        });
        http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
            if (res.status >= 500) std::cerr << "morgue-serve: " << req.method << ' ' << printable(req.path) << ": " << res.status << ' ' << printable(res.body) << '\n';
        });
    }

    // Whether the request may go on; otherwise answers 401.
    bool authorized(const httplib::Request& req, httplib::Response& res, bool write) const {
        if (!write && !options.reads_need_token) return true;
        std::optional<std::string> header;
        if (req.has_header("Authorization")) header = req.get_header_value("Authorization");
        if (serve::bearer_token_matches(header ? std::optional<std::string_view>(*header) : std::nullopt, *options.token))
            return true;
        answer_error(res, 401, header ? "wrong token (Authorization: Bearer TOKEN, the token of --token-file)"
                                      : "this needs a token: send Authorization: Bearer TOKEN");
        return false;
    }

    // A read handler: authorized, then answered, every exception becoming its status.
    template <typename Answer>
    httplib::Server::Handler read(Answer answer) {
        return [this, answer](const httplib::Request& req, httplib::Response& res) {
            if (!authorized(req, res, false)) return;
            guarded(res, [&] { answer(req, res); });
        };
    }

    template <typename Body>
    static void guarded(httplib::Response& res, Body body) {
        try {
            body();
        } catch (...) {
            const serve::HttpError e = serve::http_error_of(std::current_exception());
            answer_error(res, e.status, e.message);
        }
    }

    void routes() {
        http.Get("/", [](const httplib::Request&, httplib::Response& res) {
            res.set_content(std::string(serve::search_page_html()), "text/html; charset=utf-8");
        });
        http.Get("/health", [](const httplib::Request&, httplib::Response& res) {
            res.set_content(R"({"status":"ok"})", kJson);
        });
        http.Get("/stats", read([this](const httplib::Request&, httplib::Response& res) {
            auto searcher = searchers.lease(options.limits.searcher_wait);
            res.set_content(serve::stats_json(searcher->stats(), options.writable), kJson);
        }));
        http.Get("/search", read([this](const httplib::Request& req, httplib::Response& res) {
            const SearchRequest request = serve::search_request_from(req.params, options.limits);
            auto searcher = searchers.lease(options.limits.searcher_wait);
            res.set_content(to_json(searcher->search(request)), kJson);
        }));
        http.Get(R"(/articles/(.+))", read([this](const httplib::Request& req, httplib::Response& res) {
            const std::string id = req.matches[1];
            auto searcher = searchers.lease(options.limits.searcher_wait);
            if (const std::optional<Article> article = searcher->article(id))
                res.set_content(to_json_line(*article), kJson);
            else
                answer_error(res, 404, "no article with id " + printable(id));
        }));
        http.Post("/articles", [this](const httplib::Request& req, httplib::Response& res,
                                      const httplib::ContentReader& content) {
            if (!writable(res) || !authorized(req, res, true)) return;
            guarded(res, [&] { upload(content, res); });
        });
        http.Delete(R"(/articles/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
            if (!writable(res) || !authorized(req, res, true)) return;
            guarded(res, [&] {
                const std::string id = req.matches[1];
                if (!writer->remove(id)) return answer_error(res, 404, "no article with id " + printable(id));
                res.set_content(dump({{"deleted", id}}), kJson);
            });
        });
    }

    bool writable(httplib::Response& res) const {
        if (writer) return true;
        res.set_header("Allow", "GET");
        answer_error(res, 405, "this server is read-only (start morgue-serve with --writable to add or delete articles)");
        return false;
    }

    void upload(const httplib::ContentReader& content, httplib::Response& res) {
        serve::JsonLinesUpload parsed(options.limits.max_article_bytes, kUploadBatch,
                                      [this](std::vector<Article>& articles, const std::vector<std::size_t>&) {
                                          return writer->add(std::move(articles));
                                      });
        const bool whole = content([&](const char* data, std::size_t length) {
            parsed.feed(std::string_view(data, length));
            return true;
        });
        if (!whole) {
            // Too large (a chunked body passes the limit only as it is read) or cut off: what was
            // taken before is committed, and said.
            const int status = res.status == 413 ? 413 : 400;
            const std::size_t taken = parsed.articles_written();
            if (taken > 0) writer->commit();
            return answer_error(res, status,
                                std::string(status == 413 ? "request body too large" : "the request body ended early") +
                                    (taken > 0 ? "; the " + std::to_string(taken) + " articles before were indexed" : ""));
        }
        parsed.finish();
        if (parsed.articles_written() == 0 && parsed.problems().empty())
            return answer_error(res, 400, "the body holds no articles (JSON Lines: one article object per line)");
        const std::uint64_t articles = writer->commit();
        nlohmann::json problems = nlohmann::json::array();
        for (const auto& problem : parsed.problems()) {
            if (problems.size() == kProblemsListed) break;
            problems.push_back({{"line", problem.line}, {"error", problem.message}});
        }
        res.set_content(dump({{"indexed", parsed.articles_written()},
                              {"rejected", parsed.problems().size()},
                              {"errors", !parsed.problems().empty()},
                              {"problems", std::move(problems)},
                              {"articles", articles}}),
                        kJson);
    }
};

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Server::~Server() = default;

int Server::port() const { return impl_->port; }

void Server::run() {
    impl_->http.listen_after_bind();
    if (impl_->writer) impl_->writer->finish();
}

void Server::stop() { impl_->http.stop(); }

}  // namespace morgue
