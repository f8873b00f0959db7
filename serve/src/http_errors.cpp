#include "http_errors.hpp"

#include "searcher_pool.hpp"

#include <morgue/error.hpp>

#include <nlohmann/json.hpp>

namespace morgue::serve {

HttpError http_error_of(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const QueryError& e) {
        return {400, std::string("bad query: ") + e.what()};
    } catch (const RequestError& e) {
        return {400, e.what()};
    } catch (const BusyError& e) {
        return {503, e.what()};
    } catch (const Error& e) {
        return {500, std::string("error: ") + e.what()};
    } catch (const std::exception& e) {
        return {500, std::string("internal error: ") + e.what()};
    } catch (...) {
        return {500, "internal error: unknown exception"};
    }
}

std::string error_json(const std::string& message) {
    return nlohmann::json{{"error", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace morgue::serve
