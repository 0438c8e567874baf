package org.cellpath.platform.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every rendered page the signed-in person's number of unread notifications
 * ({@code unreadNotifications}) for the header. An interceptor rather than a model attribute, so
 * that API calls and redirects do not pay for the query.
 */
@Component
class UnreadCount implements HandlerInterceptor, WebMvcConfigurer {

	static final String ATTRIBUTE = "unreadNotifications";

	private final Notifications notifications;

	UnreadCount(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/images/**", "/webjars/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || !page.hasView() || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			page.addObject(ATTRIBUTE, this.notifications.unreadCount(authentication.getName()));
		}
	}

}
