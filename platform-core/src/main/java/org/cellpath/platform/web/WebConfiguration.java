package org.cellpath.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;

import org.cellpath.platform.identity.CurrentUserResolver;
import org.cellpath.platform.identity.LocalePreferences;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Languages, message bundles and the signed-in user for every controller. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final CurrentUserResolver currentUser;

	WebConfiguration(CurrentUserResolver currentUser) {
		this.currentUser = currentUser;
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	LocaleResolver localeResolver(LocalePreferences preferences) {
		return new UserLocaleResolver(preferences);
	}

	/**
	 * Every module ships its own bundle as {@code i18n/<name>.properties} with {@code _sv} and
	 * {@code _fi} translations; all of them are found on the classpath.
	 */
	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasenames(bundleNames().toArray(String[]::new));
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Languages.ENGLISH);
		return messages;
	}

	static TreeSet<String> bundleNames() {
		TreeSet<String> names = new TreeSet<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:i18n/*.properties")) {
				String file = resource.getFilename();
				if (file != null && !file.matches(".*_[a-z]{2}\\.properties")) {
					names.add("classpath:i18n/" + file.substring(0, file.length() - ".properties".length()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the message bundles", ex);
		}
		return names;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languages = new LocaleChangeInterceptor();
		languages.setParamName("lang");
		languages.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languages);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.currentUser);
	}

}
