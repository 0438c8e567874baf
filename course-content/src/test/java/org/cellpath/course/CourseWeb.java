package org.cellpath.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.platform.identity.User;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** What the course web tests share: signing in as a user and looking through JSON responses. */
public final class CourseWeb {

	private CourseWeb() {
	}

	/** Signs the request in as the user with their roles. */
	public static RequestPostProcessor as(User user) {
		return user(user.getUsername())
			.roles(user.getRoles().stream().map(Enum::name).toArray(String[]::new));
	}

	public static JsonNode json(String body) {
		return UnitFormat.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** Every property name anywhere in the JSON, with its pointer. */
	public static List<String> propertyPaths(JsonNode node) {
		List<String> paths = new ArrayList<>();
		collect(node, "", paths);
		return paths;
	}

	private static void collect(JsonNode node, String pointer, List<String> paths) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				paths.add(pointer + "/" + property.getKey());
				collect(property.getValue(), pointer + "/" + property.getKey(), paths);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collect(node.get(i), pointer + "/" + i, paths);
			}
		}
	}

}
