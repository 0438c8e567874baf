package org.cellpath.platform.web;

import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into an RFC 9457 problem document with a clear
 * {@code detail}; invalid input lists each problem with its field.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex) {
		return withErrors(ex.problems()
			.stream()
			.map((problem) -> Map.of("field", problem.field(), "message", problem.defaultMessage()))
			.toList());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return withErrors(List.of(Map.of("field", ex.getName(), "message",
				"'" + ex.getValue() + "' is not a valid value for " + ex.getName())));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ApiProblems::describe)
			.toList();
		ProblemDetail problem = withErrors(errors.isEmpty()
				? List.of(Map.of("field", "", "message", String.valueOf(ex.getBindingResult().getGlobalError())))
				: errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> Map.of("field", result.getMethodParameter().getParameterName(), "message",
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		return ResponseEntity.badRequest().body(withErrors(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		MismatchedInputException mismatch = mismatchedField(ex);
		if (mismatch != null) {
			// Readable JSON with a value of the wrong type in a field: name the field like any other bad input.
			String type = (mismatch.getTargetType() != null) ? mismatch.getTargetType().getSimpleName() : "value";
			return ResponseEntity.badRequest()
				.body(withErrors(List.of(Map.of("field", fieldPath(mismatch), "message", "is not a valid " + type))));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not readable JSON of the expected shape: "
						+ String.valueOf(ex.getMostSpecificCause().getMessage()).lines().findFirst().orElse(""));
		problem.setTitle("Unreadable request");
		return ResponseEntity.badRequest().body(problem);
	}

	private static MismatchedInputException mismatchedField(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
				return mismatch;
			}
		}
		return null;
	}

	private static String fieldPath(MismatchedInputException mismatch) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : mismatch.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static Map<String, String> describe(FieldError error) {
		return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
	}

	private static ProblemDetail withErrors(List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has " + errors.size() + (errors.size() == 1 ? " problem" : " problems") + ": "
						+ String.join("; ", errors.stream().map((e) -> e.get("field") + " " + e.get("message")).toList()));
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return problem;
	}

}
