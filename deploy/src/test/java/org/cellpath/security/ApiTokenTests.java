package org.cellpath.security;

import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import javax.crypto.SecretKey;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bearer tokens from {@code POST /api/v1/auth/token}: they work, and expired or forged ones do not. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	SecretKey apiTokenKey;

	@Autowired
	JsonMapper json;

	@Test
	void aTokenFromTheTokenEndpointOpensTheApi() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		String token = token(learner.getUsername(), TestUsers.PASSWORD);
		this.mvc.perform(get("/api/v1/me/learning-account").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.learner").value(learner.getUsername()));
	}

	@Test
	void theTokenCarriesTheRolesAndNoMore() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		String token = token(learner.getUsername(), TestUsers.PASSWORD);
		this.mvc.perform(get("/api/v1/admin/users").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
	}

	@Test
	void theTokenAnswerHasTheShapeOfTheContract() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + learner.getUsername() + "\",\"password\":\"" + TestUsers.PASSWORD + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tokenType").value("Bearer"))
			.andExpect(jsonPath("$.expiresIn").value(900))
			.andExpect(jsonPath("$.accessToken").isString());
	}

	@Test
	void aWrongPasswordGetsNoToken() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + learner.getUsername() + "\",\"password\":\"wrong\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Wrong username or password."));
	}

	@Test
	void aTokenRequestWithoutCredentialsIsABadRequest() throws Exception {
		this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors").isArray());
		this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("not json"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		Instant past = Instant.now().minusSeconds(3600);
		String expired = sign(this.apiTokenKey.getEncoded(), learner.getUsername(), past, past.plusSeconds(60));
		this.mvc.perform(get("/api/v1/me/learning-account").header("Authorization", "Bearer " + expired))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		byte[] otherKey = new byte[32];
		new java.security.SecureRandom().nextBytes(otherKey);
		String forged = sign(otherKey, learner.getUsername(), Instant.now(), Instant.now().plusSeconds(600));
		this.mvc.perform(get("/api/v1/me/learning-account").header("Authorization", "Bearer " + forged))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anUnsignedTokenIsRefused() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		String header = base64("{\"alg\":\"none\"}");
		String claims = base64("{\"iss\":\"cellpath\",\"sub\":\"" + learner.getUsername() + "\",\"exp\":"
				+ Instant.now().plusSeconds(600).getEpochSecond() + ",\"roles\":[\"LEARNER\"]}");
		this.mvc.perform(get("/api/v1/me/learning-account").header("Authorization", "Bearer " + header + "." + claims + "."))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenWithAChangedRoleClaimIsRefused() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		String token = token(learner.getUsername(), TestUsers.PASSWORD);
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"LEARNER\"", "\"PLATFORM_ADMIN\"");
		String tampered = parts[0] + "." + base64(payload) + "." + parts[2];
		this.mvc.perform(get("/api/v1/admin/users").header("Authorization", "Bearer " + tampered))
			.andExpect(status().isUnauthorized());
	}

	private String token(String username, String password) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode answer = this.json.readTree(body);
		return answer.get("accessToken").asString();
	}

	private static String sign(byte[] key, String subject, Instant issued, Instant expires) throws Exception {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("cellpath")
			.subject(subject)
			.issueTime(Date.from(issued))
			.expirationTime(Date.from(expires))
			.claim("roles", List.of("LEARNER"))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		jwt.sign(new MACSigner(key));
		return jwt.serialize();
	}

	private static String base64(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes());
	}

}
