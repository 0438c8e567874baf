package org.cellpath.platform.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends sessions and refuses API tokens of accounts that were erased. The person's own session
 * ends when they erase; this catches the others (another browser, a token a script still holds)
 * on their next request, which then goes on as if nobody were signed in.
 */
class RetiredSignIns extends OncePerRequestFilter {

	private final Users users;

	RetiredSignIns(Users users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)
				&& this.users.isRetired(authentication.getName())) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new AnonymousAuthenticationToken("retired", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

}
